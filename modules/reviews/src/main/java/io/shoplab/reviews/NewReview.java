package io.shoplab.reviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A review to add. {@code rating} is boxed so that a missing one is a validation error, not a 0. */
public record NewReview(
        @NotBlank @Size(max = 100) String author,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String comment) {}
