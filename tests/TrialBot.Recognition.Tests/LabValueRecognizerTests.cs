namespace TrialBot.Recognition.Tests;

public class LabValueRecognizerTests
{
    [Theory]
    [InlineData("creatinine 240 µmol/L", 240 / 88.4)]
    [InlineData("240 μmol/L", 240 / 88.4)]
    [InlineData("240umol/l", 240 / 88.4)]
    [InlineData("240 micromol/L", 240 / 88.4)]
    [InlineData("221 μmol/l", 2.5)]
    [InlineData("240 µmol per litre", 240 / 88.4)]
    [InlineData("肌酐240微摩尔/升", 240 / 88.4)]
    [InlineData("2.6 mg/dl", 2.6)]
    [InlineData("2.6mg/dL", 2.6)]
    [InlineData("Cr 1.1 mg per dL", 1.1)]
    [InlineData("creatinine 240 µmol/L (2.7 mg/dL)", 240 / 88.4)]
    [InlineData("０．９ ｍｇ／ｄＬ", 0.9)]
    [InlineData("肌酐(CREA) 262 ↑ 57-111 μmol/L", 262 / 88.4)]
    [InlineData("creatinine 1.4 0.6-1.1 mg/dL", 1.4)]
    public void Reads_serum_creatinine(string text, double mgPerDl)
    {
        var result = LabValueRecognizer.RecognizeCreatinine(text, "en-US");

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(mgPerDl, result.Value.Figure.MgPerDl, 6);
    }

    [Theory]
    [InlineData("3.5 g/24h", 3.5)]
    [InlineData("3.5g/24 h", 3.5)]
    [InlineData("3.5 g/24 hours", 3.5)]
    [InlineData("3.5 g per day", 3.5)]
    [InlineData("3.5 grams a day", 3.5)]
    [InlineData("3.5 g/d", 3.5)]
    [InlineData("500 mg/24h", 0.5)]
    [InlineData("500 mg per day", 0.5)]
    [InlineData("7 g in 24 hours", 7)]
    [InlineData("尿蛋白2克/24小时", 2)]
    [InlineData("2克/天", 2)]
    [InlineData("800毫克/24小时", 0.8)]
    [InlineData("0 g/24h", 0)]
    public void Reads_proteinuria(string text, double grams)
    {
        var result = LabValueRecognizer.RecognizeProteinuria(text, "zh-CN");

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(grams, result.Value.Figure.GramsPer24Hours, 6);
    }

    [Theory]
    [InlineData("IgA 0.05 g/L", 5)]
    [InlineData("0.08 g/L", 8)]
    [InlineData("IgA <0.05g/l", 5)]
    [InlineData("2.1 grams per liter", 210)]
    [InlineData("8 mg/dL", 8)]
    [InlineData("IgA 1.5克/升", 150)]
    public void Reads_serum_iga(string text, double mgPerDl)
    {
        var result = LabValueRecognizer.RecognizeIgA(text, "en-US");

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(mgPerDl, result.Value.Figure.MgPerDl, 6);
    }

    [Theory]
    [InlineData("25", RecognitionProblem.MissingUnit)]
    [InlineData("my egfr is 60", RecognitionProblem.MissingUnit)]
    [InlineData("creatinine is 1.2, normal", RecognitionProblem.MissingUnit)]
    [InlineData("2.6 mg", RecognitionProblem.MissingUnit)]
    [InlineData("0.2 mg/mmol", RecognitionProblem.UnknownUnit)]
    [InlineData("2.6 g/L", RecognitionProblem.UnknownUnit)]
    [InlineData("-5 mg/dL", RecognitionProblem.OutOfRange)]
    [InlineData("0 mg/dL", RecognitionProblem.OutOfRange)]
    [InlineData("240 mg/dL", RecognitionProblem.OutOfRange)]
    [InlineData("1e400 mg/dL", RecognitionProblem.OutOfRange)]
    [InlineData("1.2 mg/dL or 2.5 mg/dL", RecognitionProblem.Ambiguous)]
    [InlineData("normal", RecognitionProblem.NoNumber)]
    public void Creatinine_says_what_is_wrong(string text, string problem)
    {
        Assert.Equal(problem, LabValueRecognizer.RecognizeCreatinine(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("3.5", RecognitionProblem.MissingUnit)]
    [InlineData("150 mg/mmol", RecognitionProblem.UnknownUnit)]
    [InlineData("1.5 g/g", RecognitionProblem.UnknownUnit)]
    [InlineData("200 g/24h", RecognitionProblem.OutOfRange)]
    public void Proteinuria_says_what_is_wrong(string text, string problem)
    {
        Assert.Equal(problem, LabValueRecognizer.RecognizeProteinuria(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("0.08", RecognitionProblem.MissingUnit)]
    [InlineData("IgA 0.08 g", RecognitionProblem.MissingUnit)]
    [InlineData("1 g/24h", RecognitionProblem.UnknownUnit)]
    [InlineData("500 g/L", RecognitionProblem.OutOfRange)]
    public void Iga_says_what_is_wrong(string text, string problem)
    {
        Assert.Equal(problem, LabValueRecognizer.RecognizeIgA(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("不记得")]
    [InlineData("not sure")]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("没有")]
    public void Reads_not_knowing_as_unsure(string text)
    {
        Assert.True(LabValueRecognizer.RecognizeIgA(text, "en-US").IsUnsure);
        Assert.True(LabValueRecognizer.RecognizeCreatinine(text, "zh-CN").IsUnsure);
        Assert.True(LabValueRecognizer.RecognizeProteinuria(text, "en-US").IsUnsure);
    }

    [Theory]
    [InlineData("248. Is that bad? It was 190 in the summer, so it's going the wrong way", 248 / 88.4)]
    [InlineData("248 last week (was 190 in june)", 248 / 88.4)]
    [InlineData("262，上次是200", 262 / 88.4)]
    [InlineData("2.1 mg/dl, was 1.4 in may", 2.1)]
    [InlineData("it was 248 last week", 248 / 88.4)]
    public void A_value_of_before_said_after_the_current_one_is_set_aside(string text, double mgPerDl)
    {
        var reading = LabValueRecognizer.RecognizeCreatinine(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US");

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(mgPerDl, reading.Value.Figure.MgPerDl, 6);
    }

    [Theory]
    [InlineData("80 mg/L", 8)]
    [InlineData("IgA 90 mg/L", 9)]
    [InlineData("IgA: 2.1 g/L (ref 0.7-4.0)", 210)]
    [InlineData("80毫克/升", 8)]
    [InlineData("0.8 g/L", 80)]
    public void Reads_iga_in_every_unit_a_report_prints(string text, double mgPerDl)
    {
        Assert.Equal(mgPerDl, LabValueRecognizer.RecognizeIgA(text, "en-US").Value.Figure.MgPerDl, 6);
    }

    [Theory]
    [InlineData("12 mg/L", 1.2)]
    [InlineData("12毫克/升", 1.2)]
    [InlineData("240 µmol", 240 / 88.4)]
    [InlineData("200微摩尔", 200 / 88.4)]
    [InlineData("肌酐 80 umol/L（参考值 44-133）", 80 / 88.4)]
    public void Reads_creatinine_in_mg_per_litre_and_micromoles_alone(string text, double mgPerDl)
    {
        Assert.Equal(mgPerDl, LabValueRecognizer.RecognizeCreatinine(text, "zh-CN").Value.Figure.MgPerDl, 6);
    }

    [Theory]
    [InlineData("around 2 grams", "en-US", 2)]
    [InlineData("3.5 g", "en-US", 3.5)]
    [InlineData("500mg", "en-US", 0.5)]
    [InlineData("1500毫克", "zh-CN", 1.5)]
    [InlineData("大概2克", "zh-CN", 2)]
    public void Reads_grams_alone_on_the_24_hour_question_as_grams_a_day(string text, string culture, double grams)
    {
        Assert.Equal(grams, LabValueRecognizer.RecognizeProteinuria(text, culture).Value.Figure.GramsPer24Hours, 6);
    }

    [Theory]
    [InlineData("below 0.07 g/L", 7)]
    [InlineData("低于0.07 g/L", 7)]
    public void A_bound_is_its_figure_to_confirm(string text, double mgPerDl)
    {
        var reading = LabValueRecognizer.RecognizeIgA(text, "zh-CN");

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.Equal(mgPerDl, reading.Value.Figure.MgPerDl, 6);
        Assert.Equal(3, LabValueRecognizer.RecognizeProteinuria("more than 3 grams", "en-US").Value.Figure.GramsPer24Hours, 6);
    }

    [Theory]
    [InlineData("70多")]
    [InlineData("10以上")]
    [InlineData("at least 3 g")]
    [InlineData("70-80, checked 2 weeks ago")]
    [InlineData("一百二十多")]
    public void A_vague_figure_asks_for_the_figure(string text)
    {
        Assert.Equal(RecognitionProblem.VagueNumber, LabValueRecognizer.RecognizeIgA(text, "zh-CN").Problem);
        Assert.Equal(RecognitionProblem.VagueNumber, LabValueRecognizer.RecognizeProteinuria(text, "zh-CN").Problem);
    }

    [Theory]
    [InlineData("70-80 umol/L", 70, 80, false)]
    [InlineData("肌酐80多", 80, 90, true)]
    [InlineData("260多吧", 260, 270, true)]
    [InlineData("一百多", 100, 200, true)]
    [InlineData("两百多微摩尔", 200, 300, true)]
    [InlineData("between 90 and 110 umol/l", 90, 110, false)]
    [InlineData("1.2 to 1.5 mg/dl", 106.08, 132.6, false)]
    [InlineData("肌酐100到120之间", 100, 120, false)]
    [InlineData("1点几mg/dl", 88.4, 176.8, true)]
    public void A_range_is_read_with_both_ends_to_confirm(string text, double lowMicromol, double highMicromol, bool lowerExcluded)
    {
        var reading = LabValueRecognizer.RecognizeCreatinine(text, "zh-CN");

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.Equal(lowMicromol, reading.Value.Figure.MicromolPerLitre, 6);
        Assert.Equal(highMicromol, reading.Value.UpTo!.Value.MicromolPerLitre, 6);
        Assert.Equal(lowerExcluded ? Screening.Answers.LabBound.Above : Screening.Answers.LabBound.Exact, reading.Value.Bound);
    }

    [Theory]
    [InlineData("20-10 umol/l")]
    [InlineData("under 5-10 mg/dL")]
    public void A_range_that_is_no_range_is_asked(string text)
    {
        Assert.Equal(RecognitionProblem.VagueNumber, LabValueRecognizer.RecognizeIgA(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("肌酐260", 260)]
    [InlineData("creat 240", 240)]
    [InlineData("creatinine was 310", 310)]
    [InlineData("肌酐三百二", 320)]
    public void A_bare_creatinine_only_plausible_in_micromoles_is_read_so_to_confirm(string text, double micromolPerLitre)
    {
        var result = LabValueRecognizer.RecognizeCreatinine(text, "zh-CN");

        Assert.True(result.IsRecognized && result.IsTentative, result.ToString());
        Assert.Equal(micromolPerLitre, result.Value.Figure.MicromolPerLitre, 6);
    }

    [Theory]
    [InlineData("creat 3.1 last week", 3.1)]
    [InlineData("肌酐2.6", 2.6)]
    public void A_bare_creatinine_only_plausible_in_mg_per_dl_is_read_so_to_confirm(string text, double mgPerDl)
    {
        var result = LabValueRecognizer.RecognizeCreatinine(text, "en-US");

        Assert.True(result.IsRecognized && result.IsTentative, result.ToString());
        Assert.Equal(mgPerDl, result.Value.Figure.MgPerDl, 6);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("cr 20")]
    public void A_bare_creatinine_that_fits_two_units_is_asked_about(string text)
    {
        Assert.Equal(RecognitionProblem.MissingUnit, LabValueRecognizer.RecognizeCreatinine(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("8克多", 8)]
    [InlineData("蛋白八克多", 8)]
    [InlineData("8 something grams", 8)]
    [InlineData("24小时尿蛋白5克多", 5)]
    [InlineData("一克多", 1)]
    public void A_whole_number_of_grams_and_something_is_above_it_and_up_to_the_next_to_confirm(string text, double grams)
    {
        var result = LabValueRecognizer.RecognizeProteinuria(text, "zh-CN");

        Assert.True(result.IsRecognized && result.IsTentative, result.ToString());
        Assert.Equal(grams, result.Value.Figure.GramsPer24Hours, 6);
        Assert.Equal(grams + 1, result.Value.UpTo!.Value.GramsPer24Hours, 6);
        Assert.Equal(Screening.Answers.LabBound.Above, result.Value.Bound);
    }

    [Theory]
    [InlineData("80")]
    [InlineData("2")]
    public void A_bare_iga_or_protein_fits_several_units_and_is_asked_about(string text)
    {
        Assert.Equal(RecognitionProblem.MissingUnit, LabValueRecognizer.RecognizeIgA(text, "en-US").Problem);
        Assert.Equal(RecognitionProblem.MissingUnit, LabValueRecognizer.RecognizeProteinuria(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("0.11 mmol/L", 110 / 88.4)]
    [InlineData("单子上写的0.25 mmol/L", 250 / 88.4)]
    [InlineData("肌酐0.09毫摩尔/升", 90 / 88.4)]
    public void Creatinine_in_millimoles_per_litre_is_a_thousand_micromoles_said_back_to_confirm(string text, double mgPerDl)
    {
        var reading = LabValueRecognizer.RecognizeCreatinine(text, "zh-CN");

        Assert.True(reading.IsTentative);
        Assert.Equal(mgPerDl, reading.Value.Figure.MgPerDl, 6);
    }

    [Fact]
    public void A_lab_slips_bracketed_range_and_flags_are_not_the_value()
    {
        Assert.Equal(98 / 88.4, LabValueRecognizer.RecognizeCreatinine("Cr 98 umol/L (45-84) H", "en-US").Value.Figure.MgPerDl, 6);
        Assert.Equal(265 / 88.4, LabValueRecognizer.RecognizeCreatinine("肌酐265↑(44-133)umol/l 上个礼拜查的", "zh-CN").Value.Figure.MgPerDl, 6);
        Assert.Equal(1.92, LabValueRecognizer.RecognizeProteinuria("24h UTP 1.92 g/24h (0-0.15) H", "en-US").Value.Figure.GramsPer24Hours, 6);
        Assert.Equal(230, LabValueRecognizer.RecognizeIgA("IgA 2.3 g/L (0.7-4.0)", "en-US").Value.Figure.MgPerDl, 6);
    }

    [Fact]
    public void A_value_taken_back_is_never_read_and_the_one_after_it_is_confirmed()
    {
        var reading = LabValueRecognizer.RecognizeCreatinine("1.3 mg/dL. No sorry, that was last year. The one from last week was 3.2", "en-US");

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.Equal(3.2, reading.Value.Figure.MgPerDl, 6);
    }
}
