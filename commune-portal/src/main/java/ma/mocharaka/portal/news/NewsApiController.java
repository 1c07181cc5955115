package ma.mocharaka.portal.news;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.tenancy.CurrentCommune;

@RestController
@RequestMapping("/c/{commune}/api/news")
class NewsApiController {

    private final News news;

    NewsApiController(News news) {
        this.news = news;
    }

    @GetMapping
    List<NewsView> latest() {
        return news.latest();
    }

    @PostMapping
    ResponseEntity<NewsView> publish(@Valid @RequestBody NewsDraft draft, Authentication author) {
        NewsView published = news.publish(draft, author.getName());
        return ResponseEntity.created(URI.create("/c/" + CurrentCommune.require().slug() + "/api/news/" + published.id()))
                .body(published);
    }
}
