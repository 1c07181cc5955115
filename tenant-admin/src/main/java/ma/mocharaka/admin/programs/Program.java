package ma.mocharaka.admin.programs;

import java.math.BigDecimal;
import java.time.LocalDate;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A program the office runs across communes, with its inclusion targets (shares of participants, in percent). */
public record Program(
        long id,
        String code,
        LocalizedText name,
        String funders,
        String partners,
        LocalDate startsOn,
        LocalDate endsOn,
        String objectivesAr,
        String objectivesFr,
        String phases,
        Integer targetCommunes,
        InclusionTargets targets,
        int enrolled) {

    public record InclusionTargets(BigDecimal women, BigDecimal youth, BigDecimal disability) {
    }
}
