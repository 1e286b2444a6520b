using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
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

    /// <summary>The identifier system of ClinicalTrials.gov ids.</summary>
    public const string ClinicalTrialsSystem = "https://clinicaltrials.gov";

    /// <summary>The identifier system of person keys.</summary>
    public const string PersonKeySystem = "https://trialbot.example.org/fhir/person-key";

    /// <summary>The identifier system of referral ids.</summary>
    public const string ReferralIdSystem = "https://trialbot.example.org/fhir/referral";

    private const string TranslationExtension = "http://hl7.org/fhir/StructureDefinition/translation";

    private readonly TrialDefinition definition;

    /// <summary>Initializes a new instance of the <see cref="ReferralFhirExporter"/> class.</summary>
    /// <param name="definition">The trial definition (its id and questions).</param>
    public ReferralFhirExporter(TrialDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
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

    /// <summary>The canonical URL of the trial's Questionnaire.</summary>
    public string QuestionnaireUrl => $"https://trialbot.example.org/fhir/Questionnaire/{definition.Id}";

    /// <summary>A Bundle of the referrals.</summary>
    /// <param name="referrals">The referrals.</param>
    /// <returns>The Bundle.</returns>
    public Bundle Export(IEnumerable<Referral> referrals)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Id = Guid.NewGuid().ToString("D"), Timestamp = DateTimeOffset.UtcNow };
        var study = Study();
        var studyUrl = Add(bundle, study, Guid.NewGuid());
        var patients = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var referral in referrals)
        {
            var personKey = string.IsNullOrEmpty(referral.PersonKey) ? referral.Id.ToString("N") : referral.PersonKey;
            if (!patients.TryGetValue(personKey, out var patientUrl))
            {
                patientUrl = Add(bundle, Patient(referral, personKey), Guid.NewGuid());
                patients[personKey] = patientUrl;
            }

            Add(bundle, Response(referral, patientUrl), referral.Id);
            Add(bundle, Subject(referral, patientUrl, studyUrl), Guid.NewGuid());
        }

        return bundle;
    }

    /// <summary>The trial's screening questions as a Questionnaire (English text, Chinese as translation extensions).</summary>
    /// <returns>The Questionnaire.</returns>
    public Questionnaire Questionnaire()
    {
        var questionnaire = new Questionnaire
        {
            Id = definition.Id,
            Url = QuestionnaireUrl,
            Name = definition.Id.Replace("-", string.Empty, StringComparison.Ordinal),
            TitleElement = new FhirString(definition.Title.En) { Extension = [Translation(definition.Title.Zh)] },
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
        };
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

    private ResearchStudy Study() => new()
    {
        Identifier = [new Identifier(ClinicalTrialsSystem, definition.Id)],
        Title = definition.Title.En,
        Status = ResearchStudy.ResearchStudyStatus.Active,
    };

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

    private QuestionnaireResponse Response(Referral referral, string patientUrl)
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
