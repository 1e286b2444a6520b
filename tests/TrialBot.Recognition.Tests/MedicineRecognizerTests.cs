namespace TrialBot.Recognition.Tests;

public class MedicineRecognizerTests
{
    private readonly MedicineRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("prednisone", "prednisone")]
    [InlineData("PREDNISONE", "prednisone")]
    [InlineData("Deltasone", "prednisone")]
    [InlineData("rayos", "prednisone")]
    [InlineData("泼尼松", "prednisone")]
    [InlineData("强的松", "prednisone")]
    [InlineData("醋酸泼尼松片", "prednisone")]
    [InlineData("prednisolone", "prednisolone")]
    [InlineData("Orapred", "prednisolone")]
    [InlineData("Millipred", "prednisolone")]
    [InlineData("泼尼松龙", "prednisolone")]
    [InlineData("强的松龙", "prednisolone")]
    [InlineData("Medrol", "methylprednisolone")]
    [InlineData("甲泼尼龙", "methylprednisolone")]
    [InlineData("甲强龙", "methylprednisolone")]
    [InlineData("美卓乐", "methylprednisolone")]
    [InlineData("甲基强的松龙", "methylprednisolone")]
    [InlineData("triamcinolone", "triamcinolone")]
    [InlineData("地塞米松", "dexamethasone")]
    [InlineData("倍他米松", "betamethasone")]
    [InlineData("氢化可的松", "hydrocortisone")]
    [InlineData("可的松", "cortisone")]
    [InlineData("deflazacort", "deflazacort")]
    [InlineData("Plaquenil", "hydroxychloroquine")]
    [InlineData("羟氯喹", "hydroxychloroquine")]
    [InlineData("纷乐", "hydroxychloroquine")]
    [InlineData("氯喹", "chloroquine")]
    [InlineData("Advil", "ibuprofen")]
    [InlineData("motrin", "ibuprofen")]
    [InlineData("布洛芬", "ibuprofen")]
    [InlineData("Aleve", "naproxen")]
    [InlineData("萘普生", "naproxen")]
    [InlineData("双氯芬酸", "diclofenac")]
    [InlineData("Celebrex", "celecoxib")]
    [InlineData("塞来昔布", "celecoxib")]
    [InlineData("aspirin", "aspirin")]
    [InlineData("Imuran", "azathioprine")]
    [InlineData("硫唑嘌呤", "azathioprine")]
    [InlineData("CellCept", "mycophenolate-mofetil")]
    [InlineData("MMF", "mycophenolate-mofetil")]
    [InlineData("mycophenolate mofetil", "mycophenolate-mofetil")]
    [InlineData("吗替麦考酚酯", "mycophenolate-mofetil")]
    [InlineData("骁悉", "mycophenolate-mofetil")]
    [InlineData("Myfortic", "mycophenolic-acid")]
    [InlineData("mycophenolic acid", "mycophenolic-acid")]
    [InlineData("Cytoxan", "cyclophosphamide")]
    [InlineData("CTX", "cyclophosphamide")]
    [InlineData("环磷酰胺", "cyclophosphamide")]
    [InlineData("MTX", "methotrexate")]
    [InlineData("Trexall", "methotrexate")]
    [InlineData("甲氨蝶呤", "methotrexate")]
    [InlineData("Arava", "leflunomide")]
    [InlineData("来氟米特", "leflunomide")]
    [InlineData("Prograf", "tacrolimus")]
    [InlineData("FK506", "tacrolimus")]
    [InlineData("他克莫司", "tacrolimus")]
    [InlineData("ciclosporin", "cyclosporine")]
    [InlineData("Neoral", "cyclosporine")]
    [InlineData("Sandimmune", "cyclosporine")]
    [InlineData("环孢素", "cyclosporine")]
    [InlineData("Benlysta", "belimumab")]
    [InlineData("贝利尤单抗", "belimumab")]
    [InlineData("泰它西普", "telitacicept")]
    [InlineData("I take medrol every morning", "methylprednisolone")]
    [InlineData("我在吃泼尼松", "prednisone")]
    public void Finds_a_medicine_by_any_name(string text, string id)
    {
        var result = recognizer.Recognize(text, "en-US");

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(id, Assert.Single(result.Value!).Id);
    }

    [Theory]
    [InlineData("Medrol and Plaquenil", new[] { "methylprednisolone", "hydroxychloroquine" })]
    [InlineData("plaquenil, cellcept, and prednisone 10mg", new[] { "hydroxychloroquine", "mycophenolate-mofetil", "prednisone" })]
    [InlineData("我在吃泼尼松和羟氯喹", new[] { "prednisone", "hydroxychloroquine" })]
    [InlineData("泼尼松龙、吗替麦考酚酯", new[] { "prednisolone", "mycophenolate-mofetil" })]
    [InlineData("prednisone, also called Deltasone", new[] { "prednisone" })]
    [InlineData("hydrocortisone cream and cortisone", new[] { "hydrocortisone", "cortisone" })]
    public void Finds_every_medicine_once_in_order(string text, string[] ids)
    {
        var result = recognizer.Recognize(text, "zh-CN");

        Assert.Equal(ids, result.Value!.Select(m => m.Id));
    }

    [Theory]
    [InlineData("mtxx")]
    [InlineData("prednisoneish")]
    [InlineData("I take vitamins")]
    [InlineData("the yellow pill")]
    public void Matches_whole_words_only(string text)
    {
        Assert.Equal(RecognitionProblem.NoMedicine, recognizer.Recognize(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("nothing")]
    [InlineData("no medicines")]
    [InlineData("No, none of those")]
    [InlineData("I don't take any")]
    [InlineData("no steroids")]
    [InlineData("没有")]
    [InlineData("无")]
    [InlineData("都没有")]
    public void Reads_none_as_an_empty_list(string text)
    {
        var result = recognizer.Recognize(text, "en-US");

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Empty(result.Value!);
    }

    [Theory]
    [InlineData("painkillers")]
    [InlineData("止痛药")]
    public void A_word_of_no_known_class_is_ambiguous(string text)
    {
        Assert.Equal(RecognitionProblem.Ambiguous, recognizer.Recognize(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("I don't know the name")]
    [InlineData("不记得叫什么")]
    public void Reads_not_knowing_as_unsure(string text)
    {
        Assert.True(recognizer.Recognize(text, "en-US").IsUnsure);
    }
}

/// <summary>Medicines taken beside the lupus ones (folic acid with methotrexate, a stomach protector, blood pressure tablets) are known, not asked about.</summary>
public class SupportiveMedicineTests
{
    private readonly MedicineRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("prednisone, and methotrexate injections on fridays plus folic acid", "en-US", new[] { "prednisone", "methotrexate", "folic-acid" })]
    [InlineData("pred + cellcept + quensyl (= plaquenil)", "en-US", new[] { "prednisone", "mycophenolate-mofetil", "hydroxychloroquine" })]
    [InlineData("强的松，吗替麦考酚酯，还有钙片和叶酸", "zh-CN", new[] { "prednisone", "mycophenolate-mofetil", "calcium", "folic-acid" })]
    [InlineData("Methotrexate shot on Sundays, prednisone 5. Also metformin, Lipitor and a baby aspirin but those arent for the lupus", "en-US", new[] { "methotrexate", "prednisone", "metformin", "atorvastatin", "aspirin" })]
    [InlineData("Rituxan infusions, Medrol and Plaquenil. Also lisinopril for blood pressure, vitamin D and fish oil", "en-US", new[] { "rituximab", "methylprednisolone", "hydroxychloroquine", "lisinopril", "vitamin-d", "fish-oil" })]
    [InlineData("plaquenil, pred, omeprazole for my stomach and amlodipine", "en-US", new[] { "hydroxychloroquine", "prednisone", "omeprazole", "amlodipine" })]
    [InlineData("强的松 优甲乐 开浦兰", "zh-CN", new[] { "prednisone", "levothyroxine", "levetiracetam" })]
    public void Are_read_with_the_lupus_medicines(string text, string culture, string[] ids)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(ids, result.Value!.Select(m => m.Id));
    }

    [Fact]
    public void Count_as_no_class_of_the_regimen()
    {
        var folic = Assert.Single(recognizer.Recognize("folic acid", "en-US").Value!);

        Assert.Equal(TrialBot.Screening.Medicines.MedicineClass.Other, folic.Class);
    }
}

/// <summary>"now" said of a medicine keeps it current, in any place of the answer.</summary>
public class MedicineTakenNowTests
{
    private readonly MedicineRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("prednisone now")]
    [InlineData("prednisone 5mg now")]
    [InlineData("now prednisone")]
    [InlineData("prednisone currently")]
    public void Is_current(string text)
    {
        var result = recognizer.Recognize(text, "en-US");

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(TrialBot.Screening.Medicines.MedicineStatus.Current, Assert.Single(result.Value!).Status);
    }
}
