using Microsoft.Extensions.Options;

namespace SocialCreditExplainer.Web.Site;

/// <summary>
/// Rebuilds the content snapshot when files under the content folder change. Changes are
/// debounced so that an editor's save (often several writes) triggers one rebuild.
/// </summary>
public sealed class ContentWatcher(ContentStore store, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchForChanges || !Directory.Exists(store.Root))
        {
            return;
        }

        var changes = System.Threading.Channels.Channel.CreateUnbounded<bool>();
        using var watcher = new FileSystemWatcher(store.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler onChange = (_, _) => changes.Writer.TryWrite(true);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            // Wait until the burst of events is over, then rebuild once.
            do
            {
                while (changes.Reader.TryRead(out _))
                {
                }

                await Task.Delay(options.Value.Debounce, stoppingToken);
            }
            while (changes.Reader.TryRead(out _));

            try
            {
                store.Reload();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file may be mid-write; the next event retries. The last good snapshot keeps serving.
                logger.LogWarning(ex, "Content reload failed; keeping the current content");
            }
        }
    }
}
