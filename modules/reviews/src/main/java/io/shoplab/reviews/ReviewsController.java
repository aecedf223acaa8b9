package io.shoplab.reviews;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/products/{productId}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewsController {

    private final Reviews reviews;

    ReviewsController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    List<Review> reviews(@PathVariable long productId) {
        return reviews.reviewsOf(productId);
    }

    @GetMapping("/{reviewId}")
    Review review(@PathVariable long productId, @PathVariable long reviewId) {
        return reviews.review(productId, reviewId);
    }

    @PostMapping
    ResponseEntity<Review> add(@PathVariable long productId, @Valid @RequestBody NewReview review) {
        Review added = reviews.add(productId, review);
        return ResponseEntity.created(URI.create("/api/products/" + productId + "/reviews/" + added.id()))
                .body(added);
    }
}
