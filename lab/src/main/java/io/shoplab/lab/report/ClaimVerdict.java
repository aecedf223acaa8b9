package io.shoplab.lab.report;

/**
 * A verdict on one of the article's claims.
 *
 * @param claim the claim
 * @param verdict what the numbers say
 * @param sentence the reason, with the numbers, e.g. "orders went on at 98 % of their rate while reviews were down"
 */
public record ClaimVerdict(Claim claim, Verdict verdict, String sentence) {

    public static ClaimVerdict notTested(Claim claim) {
        return new ClaimVerdict(claim, Verdict.NOT_TESTED, "No experiment of this run tested it.");
    }
}
