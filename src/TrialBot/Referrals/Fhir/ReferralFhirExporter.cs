using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Storage;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals.Fhir;

/// <summary>
/// Referrals as FHIR R4, built with the HL7 FHIR SDK: a Bundle (type collection) with the ResearchStudy of the trial,
/// per person (person key) one Patient with the contact details, and per referral a QuestionnaireResponse of the answers
/// (the reading as <c>valueString</c>, the person's own words in the extension <see cref="SaidExtension"/>, an unknown
/// answer as a value absent for the reason <c>asked-unknown</c>; then the answers to the study team's pre-call questions
/// as said, <c>precall.{id}</c>, a skipped one absent for the reason <c>asked-declined</c>) and a ResearchSubject whose
/// status follows the workflow (<see cref="ResearchSubjectStatuses"/>) and that says whether it is a request to look
/// again (<see cref="LookAgainExtension"/>). The trial's questions, pre-call ones included, are a Questionnaire.
/// With several trials screened for at once (<see cref="TrialSet"/>) the questions asked are one Questionnaire for the
/// set (its id the trials' ids joined by <c>-</c>; every trial in <c>useContext</c> as a <c>program</c>, a reference to
/// the ResearchStudy by its ClinicalTrials.gov id); the Bundle holds a ResearchStudy per trial, and per referral a
/// ResearchSubject for each trial it is for (<see cref="Referral.TrialId"/>), whose studies its QuestionnaireResponse
/// names in <see cref="ReferralTrialExtension"/>. With one trial everything is as that trial alone.
/// </summary>
public sealed class ReferralFhirExporter
{
    /// <summary>The extension that holds the person's own words for an answer.</summary>
    public const string SaidExtension = "https://trialbot.example.org/fhir/StructureDefinition/answer-as-said";

    /// <summary>The extension holding the referral's workflow status on the ResearchSubject.</summary>
    public const string WorkflowStatusExtension = "https://trialbot.example.org/fhir/StructureDefinition/referral-status";

    /// <summary>The data-absent-reason extension of FHIR.</summary>
    public const string DataAbsentReason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    /// <summary>The extension on a ResearchSubject that marks a request to look at the answers again (a person told they
    /// are likely ineligible asked the study team to look again): valueBoolean.</summary>
    public const string LookAgainExtension = "https://trialbot.example.org/fhir/StructureDefinition/look-again-requested";

    /// <summary>The extension on a QuestionnaireResponse naming a trial the referral is for, when several trials are
    /// screened for: valueReference to its ResearchStudy in the Bundle, with the ClinicalTrials.gov id; one per trial.</summary>
    public const string ReferralTrialExtension = "https://trialbot.example.org/fhir/StructureDefinition/referral-trial";

    /// <summary>The identifier system of ClinicalTrials.gov ids.</summary>
    public const string ClinicalTrialsSystem = "https://clinicaltrials.gov";

    /// <summary>The identifier system of person keys.</summary>
    public const string PersonKeySystem = "https://trialbot.example.org/fhir/person-key";

    /// <summary>The identifier system of referral ids.</summary>
    public const string ReferralIdSystem = "https://trialbot.example.org/fhir/referral";

    private const string TranslationExtension = "http://hl7.org/fhir/StructureDefinition/translation";

    /// <summary>The code system of <c>useContext</c> codes.</summary>
    private const string UsageContextTypeSystem = "http://terminology.hl7.org/CodeSystem/usage-context-type";

    private readonly TrialSet trials;
    private readonly TrialDefinition definition;

    /// <summary>Initializes a new instance of the <see cref="ReferralFhirExporter"/> class.</summary>
    /// <param name="trials">The trials screened for (their ids and titles; the questions asked).</param>
    public ReferralFhirExporter(TrialSet trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        this.trials = trials;
        definition = trials.Combined;
    }

    /// <summary>The ResearchSubject status for each workflow status.</summary>
    public static IReadOnlyDictionary<string, ResearchSubject.ResearchSubjectStatus> ResearchSubjectStatuses { get; } =
        new Dictionary<string, ResearchSubject.ResearchSubjectStatus>(StringComparer.Ordinal)
        {
            [ReferralStatuses.New] = ResearchSubject.ResearchSubjectStatus.PotentialCandidate,
            [ReferralStatuses.Contacted] = ResearchSubject.ResearchSubjectStatus.Candidate,
            [ReferralStatuses.CallDone] = ResearchSubject.ResearchSubjectStatus.Candidate,
            [ReferralStatuses.VisitBooked] = ResearchSubject.ResearchSubjectStatus.Screening,
            [ReferralStatuses.Screened] = ResearchSubject.ResearchSubjectStatus.Screening,
            [ReferralStatuses.Enrolled] = ResearchSubject.ResearchSubjectStatus.OnStudy,
            [ReferralStatuses.NotEligible] = ResearchSubject.ResearchSubjectStatus.Ineligible,
            [ReferralStatuses.Declined] = ResearchSubject.ResearchSubjectStatus.NotRegistered,
            [ReferralStatuses.Unreachable] = ResearchSubject.ResearchSubjectStatus.NotRegistered,
        };

    /// <summary>The canonical URL of the trial's Questionnaire (with several trials, of the set's).</summary>
    public string QuestionnaireUrl => $"https://trialbot.example.org/fhir/Questionnaire/{QuestionnaireId}";

    /// <summary>The Questionnaire's id: the trial's, or the trials' joined by <c>-</c>.</summary>
    private string QuestionnaireId => trials.IsMany ? string.Join("-", trials.Trials.Select(trial => trial.Id)) : definition.Id;

    /// <summary>A Bundle of the referrals.</summary>
    /// <param name="referrals">The referrals.</param>
    /// <returns>The Bundle.</returns>
    public Bundle Export(IEnumerable<Referral> referrals)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Id = Guid.NewGuid().ToString("D"), Timestamp = DateTimeOffset.UtcNow };
        var studies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var trial in trials.IsMany ? trials.Trials : [definition])
        {
            studies[trial.Id] = Add(bundle, Study(trial.Id, trial.Title.En), Guid.NewGuid());
        }

        var patients = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var referral in referrals)
        {
            var personKey = string.IsNullOrEmpty(referral.PersonKey) ? referral.Id.ToString("N") : referral.PersonKey;
            if (!patients.TryGetValue(personKey, out var patientUrl))
            {
                patientUrl = Add(bundle, Patient(referral, personKey), Guid.NewGuid());
                patients[personKey] = patientUrl;
            }

            var referralStudies = StudiesOf(bundle, studies, referral);
            Add(bundle, Response(referral, patientUrl, trials.IsMany ? referralStudies : []), referral.Id);
            foreach (var (_, studyUrl) in referralStudies)
            {
                Add(bundle, Subject(referral, patientUrl, studyUrl), Guid.NewGuid());
            }
        }

        return bundle;
    }

    /// <summary>The trial's screening questions as a Questionnaire (English text, Chinese as translation extensions).</summary>
    /// <returns>The Questionnaire.</returns>
    public Questionnaire Questionnaire()
    {
        var questionnaire = new Questionnaire
        {
            Id = QuestionnaireId,
            Url = QuestionnaireUrl,
            Name = definition.Id.Replace("-", string.Empty, StringComparison.Ordinal),
            TitleElement = new FhirString(definition.Title.En) { Extension = [Translation(definition.Title.Zh)] },
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
        };
        if (trials.IsMany)
        {
            questionnaire.Name = string.Join("_", trials.Trials.Select(trial => trial.Id.Replace("-", string.Empty, StringComparison.Ordinal)));
            questionnaire.TitleElement = new FhirString(string.Join(" / ", trials.Trials.Select(trial => trial.Title.En)))
            {
                Extension = [Translation(string.Join(" / ", trials.Trials.Select(trial => trial.Title.Zh)))],
            };
            questionnaire.UseContext = [.. trials.Trials.Select(trial => new UsageContext
            {
                Code = new Coding(UsageContextTypeSystem, "program"),
                Value = StudyReference(trial.Id, null, trial.Title.En),
            })];
        }

        foreach (var question in definition.Questions)
        {
            var item = new Questionnaire.ItemComponent
            {
                LinkId = question.Id,
                TextElement = new FhirString(question.Text.En) { Extension = [Translation(question.Text.Zh)] },
                Prefix = question.Label.En,
                Type = ItemType(question.Kind),
                Required = false,
            };
            questionnaire.Item.Add(item);
        }

        foreach (var question in definition.PreCall)
        {
            questionnaire.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = question.QuestionId,
                TextElement = new FhirString(question.Text.En) { Extension = [Translation(question.Text.Zh)] },
                Prefix = question.Label.En,
                Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.String,
                Required = false,
            });
        }

        return questionnaire;
    }

    /// <summary>A resource as FHIR JSON.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>JSON.</returns>
    public string Serialize(Resource resource) => new FhirJsonSerializer().SerializeToString(resource);

    private static string Add(Bundle bundle, Resource resource, Guid id)
    {
        var url = "urn:uuid:" + id.ToString("D");
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = url, Resource = resource });
        return url;
    }

    private static ResearchStudy Study(string trialId, string? title) => new()
    {
        Identifier = [new Identifier(ClinicalTrialsSystem, trialId)],
        Title = title,
        Status = ResearchStudy.ResearchStudyStatus.Active,
    };

    private static ResourceReference StudyReference(string trialId, string? studyUrl, string? title) => new()
    {
        Reference = studyUrl,
        Type = nameof(ResearchStudy),
        Identifier = new Identifier(ClinicalTrialsSystem, trialId),
        Display = title,
    };

    /// <summary>
    /// The studies of the trials a referral is for, each with its entry's address: with one trial, that trial's; with
    /// several, those the referral names (a trial no longer screened for gets a study of its id alone), or the first
    /// trial's when it names none (a referral stored before the trial was kept).
    /// </summary>
    private List<(string TrialId, string StudyUrl)> StudiesOf(Bundle bundle, Dictionary<string, string> studies, Referral referral)
    {
        if (!trials.IsMany)
        {
            return [(definition.Id, studies[definition.Id])];
        }

        var named = TrialIds.Split(referral.TrialId).Distinct(StringComparer.Ordinal).ToList();
        var result = new List<(string TrialId, string StudyUrl)>();
        foreach (var trialId in named.Count == 0 ? [trials.Trials[0].Id] : named)
        {
            if (!studies.TryGetValue(trialId, out var url))
            {
                url = Add(bundle, Study(trialId, null), Guid.NewGuid());
                studies[trialId] = url;
            }

            result.Add((trialId, url));
        }

        return result;
    }

    private static Patient Patient(Referral referral, string personKey)
    {
        var patient = new Patient
        {
            Identifier = [new Identifier(PersonKeySystem, personKey)],
            Name = [new HumanName { Text = referral.ContactName }],
        };
        if (!string.IsNullOrWhiteSpace(referral.ContactPhone))
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Mobile, referral.ContactPhone));
        }

        if (!string.IsNullOrWhiteSpace(referral.ContactEmail))
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, referral.ContactEmail));
        }

        patient.Communication.Add(new Patient.CommunicationComponent
        {
            Language = new CodeableConcept("urn:ietf:bcp:47", referral.Locale),
            Preferred = true,
        });
        return patient;
    }

    private QuestionnaireResponse Response(Referral referral, string patientUrl, IReadOnlyList<(string TrialId, string StudyUrl)> studies)
    {
        var language = referral.Locale;
        var response = new QuestionnaireResponse
        {
            Identifier = new Identifier(ReferralIdSystem, referral.Id.ToString("D")),
            Questionnaire = QuestionnaireUrl,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = new ResourceReference(patientUrl),
            Authored = referral.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (trialId, studyUrl) in studies)
        {
            response.Extension.Add(new Extension(ReferralTrialExtension, StudyReference(trialId, studyUrl, null)));
        }

        foreach (var answer in referral.Details.Answers)
        {
            var item = new QuestionnaireResponse.ItemComponent { LinkId = answer.QuestionId, Text = answer.Label.In(language) };
            var value = answer.IsUnknown
                ? new FhirString { Extension = [new Extension(DataAbsentReason, new Code("asked-unknown"))] }
                : new FhirString(answer.Understood.In(language));
            var component = new QuestionnaireResponse.AnswerComponent { Value = value };
            if (!string.IsNullOrWhiteSpace(answer.Said))
            {
                component.Extension.Add(new Extension(SaidExtension, new FhirString(answer.Said)));
            }

            item.Answer.Add(component);
            response.Item.Add(item);
        }

        foreach (var answer in referral.Details.PreCall)
        {
            var value = answer.Said is { } said
                ? new FhirString(said)
                : new FhirString { Extension = [new Extension(DataAbsentReason, new Code("asked-declined"))] };
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = answer.QuestionId,
                Text = answer.Label.In(language),
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }],
            });
        }

        return response;
    }

    private static ResearchSubject Subject(Referral referral, string patientUrl, string studyUrl)
    {
        var subject = new ResearchSubject
        {
            Identifier = [new Identifier(ReferralIdSystem, referral.Id.ToString("D"))],
            Status = ResearchSubjectStatuses.GetValueOrDefault(referral.Status, ResearchSubject.ResearchSubjectStatus.PotentialCandidate),
            Study = new ResourceReference(studyUrl),
            Individual = new ResourceReference(patientUrl),
            Period = new Period { Start = referral.ConsentedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) },
        };
        subject.Extension.Add(new Extension(WorkflowStatusExtension, new Code(referral.Status)));
        subject.Extension.Add(new Extension(LookAgainExtension, new FhirBoolean(referral.ReviewRequested)));
        return subject;
    }

    private static Extension Translation(string zh) => new()
    {
        Url = TranslationExtension,
        Extension =
        [
            new Extension("lang", new Code("zh-CN")),
            new Extension("content", new FhirString(zh)),
        ],
    };

    private static Questionnaire.QuestionnaireItemType ItemType(AnswerKind kind) => kind switch
    {
        AnswerKind.YesNo => Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Boolean,
        AnswerKind.Age or AnswerKind.Number => Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Decimal,
        _ => Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.String,
    };
}
