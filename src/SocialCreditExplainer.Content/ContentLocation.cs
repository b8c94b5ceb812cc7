namespace SocialCreditExplainer.Content;

/// <summary>A place in a content file: its path relative to the content root, and a 1-based line.</summary>
public sealed record ContentLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
