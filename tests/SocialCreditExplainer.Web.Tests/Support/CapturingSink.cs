using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace SocialCreditExplainer.Web.Tests.Support;

/// <summary>A Serilog sink that keeps events in memory for assertions.</summary>
public sealed class CapturingSink : ILogEventSink
{
    readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
