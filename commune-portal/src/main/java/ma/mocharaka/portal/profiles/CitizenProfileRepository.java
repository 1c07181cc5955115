package ma.mocharaka.portal.profiles;

import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenProfileRepository extends JpaRepository<CitizenProfile, String> {
}
