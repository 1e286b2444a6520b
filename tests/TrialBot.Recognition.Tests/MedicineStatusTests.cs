using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Tests;

/// <summary>Medicines with their status, class words and the short names people type.</summary>
public class MedicineStatusTests
{
    private readonly MedicineRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("stopped methotrexate; prednisone 5 mg", "~methotrexate prednisone")]
    [InlineData("I take prednisone and stopped methotrexate", "prednisone ~methotrexate")]
    [InlineData("methotrexate and azathioprine stopped", "~methotrexate ~azathioprine")]
    [InlineData("I used to take methotrexate but now I'm on azathioprine", "~methotrexate azathioprine")]
    [InlineData("rituximab last year, now just plaquenil", "~rituximab hydroxychloroquine")]
    [InlineData("Just prednisone now. I was on Plaquenil but broke out in a terrible rash, and methotrexate until 2024 but it messed with my liver", "prednisone ~hydroxychloroquine ~methotrexate")]
    [InlineData("prednisone now, I was on plaquenil before", "prednisone ~hydroxychloroquine")]
    [InlineData("methotrexate until last year, now just pred", "~methotrexate prednisone")]
    [InlineData("prednisone and cellcept, on cellcept from 2020 up until now", "prednisone mycophenolate-mofetil")]
    [InlineData("以前吃过甲氨蝶呤，现在吃泼尼松", "~methotrexate prednisone")]
    [InlineData("强的松，吗替的话去年停了", "prednisone ~mycophenolate-mofetil")]
    [InlineData("羟氯喹停了，现在只吃强的松", "~hydroxychloroquine prednisone")]
    [InlineData("going to start belimumab, on prednisone now", "~belimumab prednisone")]
    [InlineData("no steroids, just plaquenil", "hydroxychloroquine")]
    [InlineData("没吃激素，只吃羟氯喹", "hydroxychloroquine")]
    [InlineData("prednisone only, they're thinking of adding aza", "prednisone ~azathioprine")]
    [InlineData("pred 10 and my doc wants to start me on benlysta", "prednisone ~belimumab")]
    [InlineData("强的松，医生考虑加环孢素", "prednisone ~cyclosporine")]
    [InlineData("plaquenil 400 and pred. would i have to stop those?", "hydroxychloroquine prednisone")]
    [InlineData("cellcept and pred. do i need to stop them before the study?", "mycophenolate-mofetil prednisone")]
    [InlineData("羟氯喹和强的松，要停药吗？", "hydroxychloroquine prednisone")]
    [InlineData("吗替麦考酚酯和强的松，参加的话要不要停？", "mycophenolate-mofetil prednisone")]
    [InlineData("pred and plaquenil, i stopped cellcept last year?", "prednisone hydroxychloroquine ~mycophenolate-mofetil")]
    public void Each_medicine_has_its_status(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("steroids and Plaquenil", "corticosteroid hydroxychloroquine")]
    [InlineData("激素和羟氯喹", "corticosteroid hydroxychloroquine")]
    [InlineData("免疫抑制剂", "immunosuppressant")]
    [InlineData("steroids: prednisone 10 mg", "prednisone")]
    public void A_class_word_is_the_class_unless_a_medicine_of_the_class_is_named(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("pred & HCQ", "prednisone hydroxychloroquine")]
    [InlineData("AZA + MMF", "azathioprine mycophenolate-mofetil")]
    [InlineData("CYC and MTX", "cyclophosphamide methotrexate")]
    [InlineData("依木兰 赛可平", "azathioprine mycophenolate-mofetil")]
    [InlineData("甲氨喋呤", "methotrexate")]
    [InlineData("hydroxycloroquine", "hydroxychloroquine")]
    [InlineData("雷公藤多苷和沙利度胺", "tripterygium-glycosides thalidomide")]
    public void Abbreviations_brands_and_near_spellings_are_their_medicine(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("pregnant zone and plaque Neil")]
    [InlineData("plaquenil, cellcept, salazopyrine")]
    [InlineData("小西 还有美卓乐")]
    [InlineData("泼泥松 消息 羟氯喹")]
    [InlineData("强的松两片、羟氯喹、白芍总苷，还有尚杰")]
    [InlineData("美卓乐，还有一个白色的小药片叫不上名")]
    [InlineData("prednisone and a white pill i cant remember the name of")]
    public void An_item_of_the_list_that_is_no_known_medicine_is_not_dropped(string text) =>
        Assert.Equal(MedicineRecognizer.UnknownMedicine, recognizer.Recognize(text, "en-US").Problem);

    [Theory]
    [InlineData("stopped the mmf in march, still on hcq and 10 of pred", "~mycophenolate-mofetil hydroxychloroquine prednisone")]
    [InlineData("prednisone, hcq, and my blood pressure pills", "prednisone hydroxychloroquine")]
    [InlineData("plaquenil and cellcept and something for my stomach", "hydroxychloroquine mycophenolate-mofetil")]
    [InlineData("pred daily, plaquenil twice a day", "prednisone hydroxychloroquine")]
    [InlineData("泼尼松、吗替麦考酚酯。最近还在吃左氧氟沙星，医生开的。", "prednisone mycophenolate-mofetil")]
    [InlineData("pred and amoxicillin for a chest infection", "prednisone")]
    [InlineData("HCQ同埋pred，冇其他", "hydroxychloroquine prednisone")]
    [InlineData("食緊pred、Imuran同埋Plaquenil", "prednisone azathioprine hydroxychloroquine")]
    [InlineData("驍悉同強的松", "mycophenolate-mofetil prednisone")]
    [InlineData("醋酸泼尼松，羟氯喹，他克莫司", "prednisone hydroxychloroquine tacrolimus")]
    [InlineData("美卓乐 医生开的 一天两片", "methylprednisolone")]
    [InlineData("准备打贝利尤单抗", "~belimumab")]
    [InlineData("强的松 硫唑", "prednisone azathioprine")]
    [InlineData("羟氯喹 泼尼松\n哦还有吗替", "hydroxychloroquine prednisone mycophenolate-mofetil")]
    public void Words_around_the_names_in_a_list_are_not_taken_for_unknown_medicines(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("tofacitinib and prednisone")]
    [InlineData("托法替布")]
    public void A_medicine_the_catalog_does_not_know_is_not_dropped(string text) =>
        Assert.Equal(MedicineRecognizer.UnknownMedicine, recognizer.Recognize(text, "en-US").Problem);

    [Theory]
    [InlineData("prednisone 5. the doctor gave her a script for methotrexate in october but she hasnt started it, she is scared her hair will fall out more. she cant take plaquenil she broke out in a rash from it", "prednisone ~methotrexate ~hydroxychloroquine")]
    [InlineData("pred 10, cellcept. allergic to plaquenil", "prednisone mycophenolate-mofetil ~hydroxychloroquine")]
    [InlineData("pred 10 and methotrexate, the doc prescribed benlysta but i never started it", "prednisone methotrexate ~belimumab")]
    [InlineData("泼尼松一天两片，医生开了他克莫司，还没吃", "prednisone ~tacrolimus")]
    [InlineData("泼尼松，羟氯喹，已经停了", "prednisone ~hydroxychloroquine")]
    [InlineData("泼尼松，羟氯喹，吃了不过敏", "prednisone hydroxychloroquine")]
    [InlineData("泼尼松，羟氯喹过敏", "prednisone ~hydroxychloroquine")]
    [InlineData("Sell sept and prednisone", "mycophenolate-mofetil prednisone")]
    public void A_medicine_never_started_or_that_cannot_be_taken_is_not_current(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("pred, and the doctor gave him azathioprine but I dont know if hes taking it", "azathioprine")]
    [InlineData("强的松每天一片。医生8月份还开了普乐可复，但她一会儿说吃了一会儿说忘了，我在深圳上班，不知道她到底有没有在吃。羟氯喹前几年因为眼睛停了", "tacrolimus")]
    [InlineData("强的松，普乐可复，不清楚她有没有吃", "tacrolimus")]
    [InlineData("prednisone 7.5 and my mom was prescribed imuran, not sure if she takes it every day tho", "azathioprine")]
    public void A_medicine_the_person_does_not_know_is_taken_is_neither_taken_nor_stopped(string text, string uncertain)
    {
        var reading = recognizer.Recognize(text, "en-US");

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(uncertain, reading.Value!.Single(t => t.Status == MedicineStatus.Uncertain).Id);
        Assert.DoesNotContain(reading.Value!, t => t.Status == MedicineStatus.Uncertain && t.Id != uncertain);
    }

    [Fact]
    public void A_stopped_medicine_is_not_current()
    {
        var taken = recognizer.Recognize("stopped methotrexate; prednisone 5 mg", "en-US").Value!;

        Assert.Equal([MedicineStatus.Stopped, MedicineStatus.Current], taken.Select(t => t.Status));
        Assert.False(taken[0].IsCurrent);
    }

    private string Describe(string text)
    {
        var reading = recognizer.Recognize(text, "en-US");
        Assert.True(reading.IsRecognized, reading.ToString());
        return string.Join(' ', reading.Value!.Select(t => t.IsCurrent ? t.Id : "~" + t.Id));
    }
}
