namespace SocialCreditExplainer.Browser.Tests.Support;

/// <summary>
/// A browser test. It is skipped, with the reason, only when no Chromium is installed and the
/// <c>CI</c> variable is unset (a developer's machine without a browser). Under CI a missing
/// browser is not skipped: the test runs and fails, so CI can never pass without browser tests.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserPaths.Chromium) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"No browser at {BrowserPaths.Chromium}; install Debian's 'chromium' package to run browser tests (they always run under CI).";
        }
    }
}

/// <summary>Where the browser is: Debian's Chromium unless CHROMIUM_PATH says otherwise.</summary>
public static class BrowserPaths
{
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}
