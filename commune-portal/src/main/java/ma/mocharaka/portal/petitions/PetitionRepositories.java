package ma.mocharaka.portal.petitions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionRepository extends JpaRepository<Petition, Long> {

    List<Petition> findAllByOrderByIdDesc();

    boolean existsByCreatedBy(String createdBy);
}

interface PetitionEventRepository extends JpaRepository<PetitionEvent, Long> {

    List<PetitionEvent> findByPetitionIdOrderByHappenedOnAscIdAsc(long petitionId);
}

interface PetitionSettingRepository extends JpaRepository<PetitionSetting, Short> {
}
