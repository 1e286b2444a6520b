using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Tests.Answers;

public class AnswerDisplayTests
{
    private static readonly AnswerDisplay Display = new(TrialFixture.Definition);

    public static TheoryData<Answer?, string, string> Answers() => new()
    {
        { null, "not answered", "未回答" },
        { new UnknownAnswer(AnswerKind.Iga), "don't know", "不知道" },
        { new YesNoAnswer(true), "yes", "是" },
        { new AgeAnswer(45), "45 years old", "45岁" },
        { new ElapsedAnswer(Duration.FromDays(1)), "1 day", "1天" },
        { new ElapsedAnswer(Duration.FromDays(15)), "2.1 weeks", "2.1周" },
        { new ElapsedAnswer(Duration.FromMonths(6)), "6 months", "6个月" },
        { new ElapsedAnswer(Duration.FromYears(3)), "3 years", "3年" },
        { People.Medicines(), "none", "无" },
        { People.Medicines("tacrolimus", "ibuprofen"), "tacrolimus, ibuprofen", "他克莫司、布洛芬" },
        { Medicines(new("prednisone", MedicineClass.Corticosteroid) { TakenFor = Duration.FromWeeks(2) }, new("tacrolimus", MedicineClass.Immunosuppressant) { TakenFor = Duration.FromMonths(1) }), "prednisone (for 2 weeks), tacrolimus (for 1 month)", "泼尼松（用了2周）、他克莫司（用了1个月）" },
        { Medicines(new("mycophenolate-mofetil", MedicineClass.Immunosuppressant, MedicineStatus.Stopped) { TakenAgo = Duration.FromDays(1096) }, new("tacrolimus", MedicineClass.Immunosuppressant, MedicineStatus.Stopped)), "mycophenolate mofetil (stopped 3 years ago), tacrolimus (stopped)", "吗替麦考酚酯（3年前停用）、他克莫司（已停用）" },
        { Medicines(new MedicineTaken("tacrolimus", MedicineClass.Immunosuppressant) { TakenAgo = Duration.FromDays(2520), TakenFor = Duration.FromDays(15) }), "tacrolimus (for 2.1 weeks, taken 6.9 years ago)", "他克莫司（用了2.1周、6.9年前用过）" },
        { Medicines(new MedicineTaken("belimumab", MedicineClass.Immunosuppressant, MedicineStatus.Planned)), "none", "无" },
        { Medicines(new MedicineTaken("tacrolimus", MedicineClass.Immunosuppressant, MedicineStatus.Uncertain)), "tacrolimus (not known whether taken now)", "他克莫司（不确定现在是否在用）" },
        { People.Dose("methylprednisolone", 8), "8 mg/day methylprednisolone (10 mg/day prednisone-equivalent)", "甲泼尼龙每天8毫克（相当于泼尼松每天10毫克）" },
        { People.Dose("dexamethasone", 1.5), "1.5 mg/day dexamethasone (10 mg/day prednisone-equivalent)", "地塞米松每天1.5毫克（相当于泼尼松每天10毫克）" },
        { new CreatinineAnswer(SerumCreatinine.FromMicromolPerLitre(221)), "2.5 mg/dL (221 µmol/L)", "2.5 mg/dL（221微摩尔/升）" },
        { new ProteinuriaAnswer(Proteinuria.FromMilligramsPer24Hours(800)), "0.8 g/24h", "0.8克/24小时" },
        { new IgaAnswer(SerumIgA.FromGramsPerLitre(2.1)), "210 mg/dL (2.1 g/L)", "210 mg/dL（2.1 g/L）" },
        { new LabConditionAnswer(AnswerKind.Iga), "IgA deficiency (IgA below 10 mg/dL)", "IgA缺乏（IgA低于10 mg/dL）" },
        { DoseAnswer.Of(Medicine("prednisone"), DailyDose.FromMgPerDay(15 * 3 / 7.0), new DoseSchedule(15, 3, 7) { FrequencyStated = true }), "prednisone 15 mg, on 3 days a week (about 6.43 mg/day prednisone-equivalent)", "泼尼松15毫克，每周3天（约相当于泼尼松每天6.43毫克）" },
        { new NumberAnswer(10), "10", "10" },
        { new LocationAnswer(" Hangzhou ", "hangzhou"), "Hangzhou", "Hangzhou" },
    };

    private static MedicinesAnswer Medicines(params MedicineTaken[] medicines) => MedicinesAnswer.Of(medicines);

    private static Medicine Medicine(string id) => TrialFixture.Definition.Medicines.Find(id)!;

    [Theory]
    [MemberData(nameof(Answers))]
    public void Shows_answers_in_plain_words(Answer? answer, string english, string chinese)
    {
        Assert.Equal(new LocalizedText(english, chinese), Display.Format(answer));
    }
}
