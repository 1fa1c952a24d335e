using Matchmaking.Bench.Reviewers;

namespace Matchmaking.Bench.Tests.Reviewers;

public sealed class ReviewerLossTests
{
    private static readonly Participant Rater = new("p", [new Rating("a", 5), new Rating("b", 3), new Rating("c", 1)]);

    [Fact]
    public void Similarities_in_the_experts_order_lose_nothing()
    {
        Assert.Equal(0, ReviewerLoss.Of([Rater], (_, paper) => paper switch { "a" => 0.9, "b" => 0.5, _ => 0.1 }));
    }

    [Fact]
    public void The_reverse_order_loses_everything_and_a_constant_loses_half()
    {
        Assert.Equal(1, ReviewerLoss.Of([Rater], (_, paper) => paper switch { "a" => 0.1, "b" => 0.5, _ => 0.9 }));
        Assert.Equal(0.5, ReviewerLoss.Of([Rater], (_, _) => 0.3));
    }

    [Fact]
    public void A_pair_weighs_the_difference_of_its_ratings_and_a_tie_costs_half_of_it()
    {
        // Pairs: (a,b) weight 2, (a,c) weight 4, (b,c) weight 2; total 8.
        // a=0.5, b=0.9, c=0.5: (a,b) inverted → 2; (a,c) tied → 2; (b,c) right → 0. Loss 4 / 8.
        var loss = ReviewerLoss.Of([Rater], (_, paper) => paper switch { "a" => 0.5, "b" => 0.9, _ => 0.5 });

        Assert.Equal(0.5, loss, 10);

        // a=0.9, b=0.2, c=0.3: only (b,c) inverted → 2 / 8.
        Assert.Equal(0.25, ReviewerLoss.Of([Rater], (_, paper) => paper switch { "a" => 0.9, "b" => 0.2, _ => 0.3 }), 10);
    }

    [Fact]
    public void Papers_rated_alike_count_for_nothing_and_participants_add_their_weights()
    {
        var alike = new Participant("q", [new Rating("x", 2), new Rating("y", 2)]);
        var other = new Participant("r", [new Rating("x", 4), new Rating("y", 1)]);

        // q: no pair counts. r: one pair of weight 3, inverted. p: ordered, weight 8. Total lost 3 of 11.
        var loss = ReviewerLoss.Of([alike, other, Rater], (who, paper) => who == "r" ? (paper == "x" ? 0.1 : 0.9) : paper switch { "a" => 0.9, "b" => 0.5, _ => 0.1 });

        Assert.Equal(3.0 / 11, loss, 10);
    }

    [Fact]
    public void A_paper_without_a_prediction_is_left_out_of_its_pairs()
    {
        var loss = ReviewerLoss.Of([Rater], (_, paper) => paper == "c" ? null : paper == "a" ? 0.1 : 0.9);

        Assert.Equal(1, loss);
    }
}
