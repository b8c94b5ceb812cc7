namespace SocialCreditExplainer.Search.Tests.Fixtures;

/// <summary>Test classes in this collection share one <see cref="SampleSearchFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSearchCollection : ICollectionFixture<SampleSearchFixture>
{
    public const string Name = "sample search";
}
