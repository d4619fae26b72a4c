using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>An assembly named with no election word, beside its seats shared out or its declaration: its election.
/// Texts written here.</summary>
public class AssemblySeatsWordingTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 7);

    [Theory]
    [InlineData("Reform UK will sit on the London Assembly for the first time, taking one of the 11 top-up seats.")]
    [InlineData("The final London Assembly declaration came on Saturday afternoon.")]
    public void An_assembly_beside_its_seats_shared_out_or_declared_is_its_election(string text) =>
        Assert.Equal([(ElectionKind.DevolvedParliament, "London", 2024)], Extract.Elections(text, May2024));

    [Fact]
    public void An_assembly_only_sat_on_is_no_election() =>
        Assert.Empty(Extract.Elections("Reform UK will sit on the London Assembly for the first time.", May2024));
}
