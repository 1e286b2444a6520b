using System.Globalization;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Tests;

/// <summary>
/// What a person says of each medicine's course, as typed: how long they took it and how long ago they took or stopped
/// it, kept with that medicine only; frequencies, doses and vague words are no course. Today is 2026-11-24.
/// </summary>
public class MedicineCourseTests
{
    private readonly MedicineRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("prednisone for 2 weeks, methotrexate for a month and cellcept", "prednisone for=14d; methotrexate for=30.4d; mycophenolate-mofetil")]
    [InlineData("prednisone for 2 weeks and methotrexate", "prednisone for=14d; methotrexate")]
    [InlineData("pred for 2 wks, MMF for 6 months, AZA for a year", "prednisone for=14d; mycophenolate-mofetil for=182.6d; azathioprine for=365.2d")]
    [InlineData("2 weeks of prednisone and 5 years of plaquenil", "prednisone for=14d; hydroxychloroquine for=1826.2d")]
    [InlineData("prednisone a few days", "prednisone for=2d")]
    [InlineData("imuran 2-3 months", "azathioprine for=60.9d")]
    [InlineData("prednisone for less than a month", "prednisone for=29.4d")]
    [InlineData("methotrexate but only for a month", "methotrexate for=30.4d")]
    [InlineData("cellcept and imuran, both for 2 weeks", "mycophenolate-mofetil for=14d; azathioprine for=14d")]
    [InlineData("prednisone, cellcept and imuran for 2 weeks each", "prednisone for=14d; mycophenolate-mofetil for=14d; azathioprine for=14d")]
    [InlineData("started benlysta last month", "belimumab for=24d")]
    [InlineData("im on cellcept for the past 2 years", "mycophenolate-mofetil for=730.5d")]
    [InlineData("benlysta infusions every 4 weeks for a year", "belimumab for=365.2d")]
    [InlineData("吃了两周泼尼松", "prednisone for=14d")]
    [InlineData("泼尼松吃了两周，甲氨蝶呤吃了一个月", "prednisone for=14d; methotrexate for=30.4d")]
    [InlineData("骁悉用了几天", "mycophenolate-mofetil for=2d")]
    [InlineData("甲氨蝶呤每周一次，吃了半年", "methotrexate for=182.6d")]
    [InlineData("一天吃两片泼尼松，吃了三年", "prednisone for=1095.7d")]
    public void How_long_a_medicine_was_taken_is_kept_with_that_medicine_only(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("I was on azathioprine years ago, like 2019, stopped it", "~azathioprine ago=2520d")]
    [InlineData("stopped methotrexate 3 years ago; prednisone 5 mg", "~methotrexate ago=1096d; prednisone")]
    [InlineData("plaquenil, quit prednisone in june", "hydroxychloroquine; ~prednisone ago=147d")]
    [InlineData("rituximab last year, now just plaquenil", "~rituximab ago=328d; hydroxychloroquine")]
    [InlineData("off cellcept for 2 years now", "~mycophenolate-mofetil ago=730.5d")]
    [InlineData("cellcept from 2019 to 2021", "mycophenolate-mofetil ago=1789d")]
    [InlineData("took prednisone for like 2 weeks in 2020", "prednisone for=14d ago=2154d")]
    [InlineData("Azathioprine, stopped 2021.", "azathioprine ago=1789d")]
    [InlineData("cellcept 2019-2021, prednisone", "mycophenolate-mofetil ago=1789d; prednisone")]
    [InlineData("环磷酰胺2018到2020年用过", "~cyclophosphamide ago=2154d")]
    [InlineData("硫唑嘌呤三年前停了", "~azathioprine ago=1096d")]
    [InlineData("三年前停了硫唑嘌呤", "~azathioprine ago=1096d")]
    [InlineData("吗替麦考酚酯2019年停的", "~mycophenolate-mofetil ago=2520d")]
    [InlineData("甲氨蝶呤两年没吃了", "~methotrexate ago=730.5d")]
    [InlineData("激素吃了五年，吗替麦考酚酯两年，硫唑嘌呤去年停了", "corticosteroid for=1826.2d; mycophenolate-mofetil for=730.5d; ~azathioprine ago=328d")]
    public void How_long_ago_a_medicine_was_taken_or_stopped_is_kept_with_it(string text, string expected) =>
        Assert.Equal(expected, Describe(text));

    [Theory]
    [InlineData("plaquenil 200mg twice a day and cellcept")]
    [InlineData("hcq 200 a day, prednisone 5mg")]
    [InlineData("cellcept 2000 mg daily, prednisone")]
    [InlineData("rituximab 2 infusions 2 weeks apart, prednisone")]
    [InlineData("I took imuran for a while, and prednisone")]
    [InlineData("prednisone on and off for 10 years")]
    [InlineData("diagnosed in 2019, cellcept and prednisone")]
    [InlineData("prednisone since i was diagnosed in 2019")]
    [InlineData("泰它西普，每周打一针")]
    [InlineData("羟氯喹一天两次，泼尼松")]
    public void Frequencies_doses_vague_words_and_other_events_say_nothing_of_a_course(string text)
    {
        var reading = recognizer.Recognize(text, "en-US", Today.Date);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.All(reading.Value!, taken => Assert.True(taken.TakenFor is null && taken.TakenAgo is null, $"{taken.Id}: {taken.TakenFor} {taken.TakenAgo}"));
    }

    [Fact]
    public void Without_a_today_only_the_medicines_and_their_statuses_are_read()
    {
        var taken = recognizer.Recognize("prednisone for 2 weeks, stopped methotrexate in 2019", "en-US").Value!;

        Assert.Equal([MedicineStatus.Current, MedicineStatus.Stopped], taken.Select(t => t.Status));
        Assert.All(taken, t => Assert.True(t.TakenFor is null && t.TakenAgo is null));
    }

    [Theory]
    [InlineData("prednisone for 2 weeks and methotrexate")]
    [InlineData("I was on azathioprine years ago, like 2019, stopped it")]
    [InlineData("泼尼松吃了两周，甲氨蝶呤吃了一个月")]
    public void A_course_said_changes_neither_the_medicines_nor_their_statuses(string text)
    {
        var plain = recognizer.Recognize(text, "en-US").Value!;
        var withCourse = recognizer.Recognize(text, "en-US", Today.Date).Value!;

        Assert.Equal(plain.Select(t => (t.Id, t.Status)), withCourse.Select(t => (t.Id, t.Status)));
    }

    private string Describe(string text)
    {
        var reading = recognizer.Recognize(text, "en-US", Today.Date);
        Assert.True(reading.IsRecognized, reading.ToString());
        return string.Join("; ", reading.Value!.Select(t =>
            (t.IsCurrent ? t.Id : "~" + t.Id)
            + (t.TakenFor is { } length ? " for=" + Days(length.Days) : string.Empty)
            + (t.TakenAgo is { } ago ? " ago=" + Days(ago.Days) : string.Empty)));
    }

    private static string Days(double days) => days.ToString("0.#", CultureInfo.InvariantCulture) + "d";
}
