namespace TrialBot.Host.Referrals;

/// <summary>How <c>GET /api/referrals</c> returns the list (<c>format=json|csv</c>).</summary>
internal enum ReferralExportFormat
{
    /// <summary>A JSON array of referrals (the default).</summary>
    Json = 0,

    /// <summary>A CSV file (UTF-8 with a byte order mark) to download.</summary>
    Csv = 1,

    /// <summary>A FHIR R4 Bundle (JSON): per person a Patient, per referral a QuestionnaireResponse and a ResearchSubject.</summary>
    Fhir = 2,
}
