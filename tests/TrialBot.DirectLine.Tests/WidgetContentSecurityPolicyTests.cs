namespace TrialBot.DirectLine.Tests;

public sealed class WidgetContentSecurityPolicyTests
{
    [Fact]
    public void Self_hosted_pages_talk_only_to_this_host_and_are_framed_only_by_it()
    {
        var policy = WidgetContentSecurityPolicy.Create(new DirectLineOptions());

        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void In_azure_mode_the_page_may_also_talk_to_azures_direct_line()
    {
        var options = new DirectLineOptions { Mode = DirectLineMode.Azure, AzureEndpoint = new Uri("https://europe.directline.botframework.com/v3/directline") };

        Assert.Contains("connect-src 'self' https://europe.directline.botframework.com;", WidgetContentSecurityPolicy.Create(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Embedding_sites_may_frame_the_page()
    {
        var policy = WidgetContentSecurityPolicy.Create(new DirectLineOptions(), "'self' https://www.example-hospital.cn");

        Assert.EndsWith("frame-ancestors 'self' https://www.example-hospital.cn", policy, StringComparison.Ordinal);
    }
}
