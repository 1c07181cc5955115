package ma.mocharaka.admin.onboarding;

/** The office's answer to what a focal point reported. */
public enum Review { NONE, SUBMITTED, VALIDATED, SENT_BACK }
