using System.Text.Json;
using Matchmaking.Abstractions.Calls;
using Matchmaking.Abstractions.Json;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Proposals;
using Matchmaking.Grains.Profiles;
using Matchmaking.Storage;

namespace Matchmaking.Grains.Tests.Serialization;

/// <summary>The product's JSON reads and writes enumerations by their names only, and storage hands back what it cannot read.</summary>
public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("\"members\"", ActorVisibility.Members)]
    [InlineData("\"Hidden\"", ActorVisibility.Hidden)]
    [InlineData("\"PUBLIC\"", ActorVisibility.Public)]
    public void A_name_reads_in_any_case(string json, ActorVisibility expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<ActorVisibility>(json, MatchmakingJson.Options));

    [Theory]
    [InlineData("1")]
    [InlineData("123")]
    [InlineData("-1")]
    [InlineData("\"1\"")]
    [InlineData("\"members,hidden\"")]
    [InlineData("\"members, public\"")]
    [InlineData("\" members\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    public void Anything_but_a_name_is_refused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ActorVisibility>(json, MatchmakingJson.Options));
        Assert.Equal("public, members, hidden", error.Data[EnumNameConverter.AllowedKey]);
    }

    [Fact]
    public void Names_are_the_wire_names_and_a_value_without_one_is_never_written()
    {
        Assert.Equal("\"public-body\"", JsonSerializer.Serialize(Applicant.PublicBody, MatchmakingJson.Options));
        Assert.Equal("\"company\"", JsonSerializer.Serialize(ActorKind.Company, MatchmakingJson.Options));
        Assert.Equal("draft, proposed, accepted, declined, started, dropped", EnumNames<ProposalStatus>.List);
        Assert.True(EnumNames<Applicant>.TryParse("Public-Body", out var applicant));
        Assert.Equal(Applicant.PublicBody, applicant);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((ActorVisibility)123, MatchmakingJson.Options));
    }

    [Theory]
    [InlineData("""{"profile":{"name":"A","visibility":123}}""", "visibility")]
    [InlineData("""{"profile":{"name":"A","themes":5}}""", "themes")]
    [InlineData("""{"profile":{"name":""", "")]
    public void A_stored_state_that_cannot_be_read_comes_back_saying_so(string payload, string where)
    {
        var serializer = new JsonStateSerializer(MatchmakingJson.Options);
        var state = serializer.Deserialize<ProfileState<CompanyProfile>>(payload);
        Assert.Null(state.Profile);
        Assert.NotNull(state.Unreadable);
        Assert.Contains(where, state.Unreadable, StringComparison.Ordinal);
        Assert.DoesNotContain("Unreadable", serializer.Serialize(new ProfileState<CompanyProfile> { Unreadable = "x" }).ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
