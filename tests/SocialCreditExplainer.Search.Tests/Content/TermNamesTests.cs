namespace SocialCreditExplainer.Search.Tests.Content;

public sealed class TermNamesTests
{
    [Theory]
    [InlineData("Social Credit System (SCS)", new[] { "Social Credit System (SCS)", "Social Credit System", "SCS" })]
    [InlineData("Sesame (Zhima) Credit", new[] { "Sesame (Zhima) Credit", "Sesame Credit", "Zhima" })]
    [InlineData("ระบบเครดิตสังคม / ระบบเครดิตทางสังคม", new[] { "ระบบเครดิตสังคม / ระบบเครดิตทางสังคม", "ระบบเครดิตสังคม", "ระบบเครดิตทางสังคม" })]
    [InlineData("Moral Promotion Center / Center for Morality Promotion (MPC/CMP)", new[]
    {
        "Moral Promotion Center / Center for Morality Promotion (MPC/CMP)", "Moral Promotion Center", "Center for Morality Promotion", "MPC", "CMP",
    })]
    [InlineData("goodness bank", new[] { "goodness bank" })]
    public void HeadingIsSplitIntoTheNamesItLists(string heading, string[] expected)
    {
        Assert.Equal(expected, TermNames.Split(heading));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void NoHeadingHasNoNames(string? heading)
    {
        Assert.Empty(TermNames.Split(heading));
    }
}
