package ma.mocharaka.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The platform's clock tells Moroccan dates even on a server in UTC, where 23:30 is already tomorrow in Morocco. */
class CommuneClockTest {

    @Test
    void thePlatformClockIsInCasablanca() {
        Clock clock = new PlatformAutoConfiguration().communeClock();

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Africa/Casablanca"));
        Clock halfPastElevenUtc = Clock.fixed(Instant.parse("2025-10-14T23:30:00Z"), clock.getZone());
        assertThat(LocalDate.now(halfPastElevenUtc)).isEqualTo(LocalDate.of(2025, 10, 15));
    }
}
