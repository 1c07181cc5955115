package ma.mocharaka.portal.news;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsRepository extends JpaRepository<NewsItem, Long> {

    List<NewsItem> findTop10ByOrderByPublishedOnDescIdDesc();
}
