namespace SocialCreditExplainer.Content.Glossary;

/// <summary>
/// The glossary terms filed under one letter (<c>ค</c>, <c>H</c>) in one language, in dictionary
/// order.
/// </summary>
/// <param name="Letter">The letter heading, as the reader sees it.</param>
/// <param name="Terms">The terms under it, sorted.</param>
public sealed record GlossaryLetterGroup(string Letter, IReadOnlyList<GlossaryTerm> Terms);
