package ma.mocharaka.portal.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the nightly retention purge; harmless if another module turns it on too. */
@Configuration
@EnableScheduling
class PrivacyScheduling {
}
