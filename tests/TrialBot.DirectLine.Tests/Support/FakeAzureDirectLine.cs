using System.Net;
using System.Text;

namespace TrialBot.DirectLine.Tests.Support;

/// <summary>Stands in for Azure's Direct Line token endpoint: records each request and answers as told.</summary>
internal sealed class FakeAzureDirectLine(HttpStatusCode status, string body) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request, request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken)));
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
