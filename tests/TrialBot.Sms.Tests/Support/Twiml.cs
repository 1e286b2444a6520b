using System.Xml.Linq;

namespace TrialBot.Sms.Tests.Support;

/// <summary>Reads the TwiML a webhook answered.</summary>
internal static class Twiml
{
    /// <summary>The document, after checking the answer is 200 TwiML as application/xml.</summary>
    public static async Task<XDocument> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Response", document.Root!.Name.LocalName);
        return document;
    }

    /// <summary>The text of each &lt;Message&gt;, after checking every child of the response is a plain-text message.</summary>
    public static async Task<IReadOnlyList<string>> MessagesAsync(HttpResponseMessage response)
    {
        var document = await ReadAsync(response);
        var children = document.Root!.Elements().ToList();
        Assert.All(children, child =>
        {
            Assert.Equal("Message", child.Name.LocalName);
            Assert.Empty(child.Elements());
            Assert.Empty(child.Attributes());
        });
        return children.Select(child => child.Value).ToList();
    }
}
