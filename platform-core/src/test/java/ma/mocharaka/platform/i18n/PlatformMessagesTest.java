package ma.mocharaka.platform.i18n;

import org.junit.jupiter.api.Test;

import ma.mocharaka.platform.testsupport.MessageBundles;

class PlatformMessagesTest {

    @Test
    void platformTextsExistInTheFourLanguages() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("i18n");
    }
}
