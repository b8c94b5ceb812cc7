using Serilog;
using SocialCreditExplainer.Web.Hosting;

// Before anything opens a socket: the runtime reads this setting once (see the type).
IoThreadScheduling.PreferInlineCompletions();

// The bootstrap logger reports start-up failures; AddSerilog below replaces it with the
// logger configured from appsettings once the host is built.
Log.Logger = new LoggerConfiguration()
    .WriteTo.Console()
    .CreateBootstrapLogger();

try
{
    if (ValidateCommand.IsRequested(args))
    {
        return ValidateCommand.Run(args);
    }

    if (PackCommand.IsRequested(args)) return await PackCommand.RunAsync(args);

    var builder = WebApplication.CreateBuilder(args);
    builder.AddSiteServices();

    var app = builder.Build();
    app.UseSite();
    app.Run();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The site stopped unexpectedly");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
