using Matchmaking.Silo.Pages;

namespace Matchmaking.Web.Tests;

public sealed class NetworkLabelsTests
{
    private static readonly NetworkLabels.Place Above = new(100, 50, "middle");
    private static readonly NetworkLabels.Place Below = new(100, 80, "middle");

    [Fact]
    public void A_label_takes_its_first_place_when_it_is_free()
    {
        var labels = new NetworkLabels(720, 440);

        Assert.Equal(Above, labels.Choose("Officine Bresciane", [Above, Below]));
    }

    [Fact]
    public void A_second_label_that_would_cover_the_first_moves_to_its_next_place()
    {
        var labels = new NetworkLabels(720, 440);
        labels.Choose("Trompia Barrels & Components", [Above]);

        var second = labels.Choose("Ing. Davide Lancini", [new NetworkLabels.Place(110, 52, "middle"), Below]);

        Assert.Equal(Below, second);
    }

    [Fact]
    public void A_label_does_not_cover_a_node()
    {
        var labels = new NetworkLabels(720, 440);
        labels.AddNode(100, 46, 10);

        Assert.Equal(Below, labels.Choose("Medicali Bresciani", [Above, Below]));
    }

    [Fact]
    public void A_label_that_would_leave_the_picture_is_placed_inside_it()
    {
        var labels = new NetworkLabels(720, 440);
        var outward = new NetworkLabels.Place(700, 200, "start");
        var inward = new NetworkLabels.Place(690, 200, "end");

        Assert.Equal(inward, labels.Choose("Dott.ssa Ingrid Valli", [outward, inward]));
    }

    [Fact]
    public void When_every_place_is_taken_the_one_covering_least_is_chosen()
    {
        var labels = new NetworkLabels(720, 440);
        labels.Choose("a long label over here", [new NetworkLabels.Place(100, 50, "middle")]);
        var mostlyCovered = new NetworkLabels.Place(105, 50, "middle");
        var slightlyCovered = new NetworkLabels.Place(100, 61, "middle");

        Assert.Equal(slightlyCovered, labels.Choose("another long label", [mostlyCovered, slightlyCovered]));
    }
}
