using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Azure;
using TrialBot.DirectLine.Http;
using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine.Endpoints;

/// <summary>Azure mode's <c>POST tokens/generate</c>: the page's token, fetched from Azure Bot Service with the secret.</summary>
internal static class AzureTokenEndpoint
{
    /// <summary>Answers Azure's token and, as <c>domain</c>, the Direct Line address the page must then talk to.</summary>
    public static async Task<IResult> GenerateAsync(
        HttpRequest request,
        [FromServices] AzureDirectLineTokenClient azure,
        [FromServices] IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken = default)
    {
        var (body, tooLarge) = await RequestBody.ReadTextAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge.ToResult();
        }

        var (tokenRequest, invalid) = TokenRequest.Parse(body);
        if (invalid is not null)
        {
            return invalid.ToResult();
        }

        var (token, failed) = await azure.GenerateAsync(tokenRequest!, cancellationToken).ConfigureAwait(false);
        return failed is not null ? failed.ToResult() : new NewtonsoftJsonResult(token!);
    }
}
