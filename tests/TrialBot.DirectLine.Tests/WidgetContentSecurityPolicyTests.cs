namespace TrialBot.DirectLine.Tests;

public sealed class WidgetContentSecurityPolicyTests
{
    [Fact]
    public void SelfHostedPagesTalkOnlyToThisHostAndAreFramedOnlyByIt()
    {
        var policy = WidgetContentSecurityPolicy.Create(new DirectLineOptions());

        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void InAzureModeThePageMayAlsoTalkToAzuresDirectLine()
    {
        var options = new DirectLineOptions { Mode = DirectLineMode.Azure, AzureEndpoint = new Uri("https://europe.directline.botframework.com/v3/directline") };

        Assert.Contains("connect-src 'self' https://europe.directline.botframework.com;", WidgetContentSecurityPolicy.Create(options), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddingSitesMayFrameThePage()
    {
        var policy = WidgetContentSecurityPolicy.Create(new DirectLineOptions(), "'self' https://www.example-hospital.cn");

        Assert.EndsWith("frame-ancestors 'self' https://www.example-hospital.cn", policy, StringComparison.Ordinal);
    }
}
