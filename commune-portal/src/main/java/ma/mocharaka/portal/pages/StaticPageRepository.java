package ma.mocharaka.portal.pages;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaticPageRepository extends JpaRepository<StaticPage, Long> {

    Optional<StaticPage> findBySlugAndPublishedTrue(String slug);

    List<StaticPage> findByPublishedTrueOrderBySlug();

    List<StaticPage> findAllByOrderBySlug();

    boolean existsBySlugAndIdNot(String slug, Long id);

    boolean existsBySlug(String slug);
}
