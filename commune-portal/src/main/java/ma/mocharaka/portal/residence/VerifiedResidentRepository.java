package ma.mocharaka.portal.residence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerifiedResidentRepository extends JpaRepository<VerifiedResident, Long> {

    Optional<VerifiedResident> findByCinHash(String cinHash);

    Optional<VerifiedResident> findByUsername(String username);

    List<VerifiedResident> findTop50ByOrderByVerifiedAtDesc();
}
