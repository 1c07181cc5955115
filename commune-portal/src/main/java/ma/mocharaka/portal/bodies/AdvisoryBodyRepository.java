package ma.mocharaka.portal.bodies;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdvisoryBodyRepository extends JpaRepository<AdvisoryBody, Long> {

    List<AdvisoryBody> findAllByOrderByIdAsc();
}
