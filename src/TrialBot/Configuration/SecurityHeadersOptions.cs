namespace TrialBot.Host.Configuration;

/// <summary>Headers sent with every response, section <c>SecurityHeaders</c>.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "SecurityHeaders";

    /// <summary>
    /// Who may embed the service's pages in a frame: a Content-Security-Policy <c>frame-ancestors</c> source list,
    /// e.g. <c>'self'</c> (the default), <c>'none'</c>, or <c>'self' https://www.example-hospital.cn</c> to let the web
    /// widget be embedded in that site.
    /// </summary>
    public string FrameAncestors { get; set; } = "'self'";

    /// <summary>The <c>Referrer-Policy</c> header.</summary>
    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";
}
