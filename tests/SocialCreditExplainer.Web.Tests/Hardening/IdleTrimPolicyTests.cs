using SocialCreditExplainer.Web.Hosting;

namespace SocialCreditExplainer.Web.Tests.Hardening;

/// <summary>A full collection when the site has gone quiet after growing, and never under load.</summary>
public sealed class IdleTrimPolicyTests
{
    const long MB = 1024 * 1024;
    readonly IdleTrimPolicy _afterStartUp = new(ResidentAfterLastTrim: 160 * MB);

    [Fact]
    public void AQuietSiteThatGrewIsTrimmed() =>
        Assert.True(_afterStartUp.ShouldTrim(allocatedSinceLastLook: 1 * MB, resident: 240 * MB));

    [Fact]
    public void ABusySiteIsNotInterrupted() =>
        Assert.False(_afterStartUp.ShouldTrim(allocatedSinceLastLook: 300 * MB, resident: 240 * MB));

    [Fact]
    public void AQuietSiteThatBarelyGrewIsLeftAlone() =>
        Assert.False(_afterStartUp.ShouldTrim(allocatedSinceLastLook: 0, resident: 170 * MB));
}
