package ma.mocharaka.admin;

import org.junit.jupiter.api.Test;

import ma.mocharaka.platform.testsupport.MessageBundles;

/** Every text of the app and of each of its modules exists in ar, fr, zgh and en. */
class MessagesInFourLanguagesTest {

    @Test
    void appTextsExistInTheFourLanguages() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("i18n");
    }

    @Test
    void eachModulesTextsExistInTheFourLanguages() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("i18n/modules");
    }
}
