package ma.mocharaka.admin.activities;

import java.util.List;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * The programs an activity can be recorded under, as this module needs them. The programs module provides it, so
 * activities do not depend on programs while the programs' dashboards read activities.
 */
public interface ProgramChoices {

    List<Choice> all();

    boolean exists(String code);

    record Choice(String code, LocalizedText name) {
    }
}
