using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrialBot.Host.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's status, without descriptions or exceptions,
/// which may carry connection details.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
