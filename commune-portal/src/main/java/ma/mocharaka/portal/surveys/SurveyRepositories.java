package ma.mocharaka.portal.surveys;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findAllByOrderByOpensOnDescIdDesc();

    boolean existsByCreatedBy(String createdBy);
}

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findBySurveyIdOrderByPositionAsc(long surveyId);

    Optional<SurveyQuestion> findByIdAndSurveyId(long id, long surveyId);
}

interface SurveyOptionRepository extends JpaRepository<SurveyOption, Long> {

    List<SurveyOption> findByQuestionIdInOrderByPositionAsc(Collection<Long> questionIds);

    void deleteByQuestionId(long questionId);
}
