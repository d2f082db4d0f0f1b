package uk.assure.rating.domain;

/** Why some input cannot be rated, and which field it concerns (for example {@code scores.QS1}). */
public record InputProblem(String field, String message) {}
