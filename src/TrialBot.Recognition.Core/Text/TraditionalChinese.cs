using System.Collections.Frozen;

namespace TrialBot.Recognition.Text;

/// <summary>
/// Folds traditional Chinese characters into their simplified forms, so that an answer typed in traditional characters,
/// or with a few of them (沒有, 確診, 關節痛, 一片半的潑尼松), is read as its simplified twin. Covers the characters of
/// everyday answers about health, time, medicines and places; each maps one to one (甚麼 becomes 什么 after).
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional =
        "沒確診關節過歲細無對個幾藥醫說話這們來時間後開會從為麼還現點頭腦腎臟體檢驗報單壓衝擊劑減陣狀態燒發熱腫紅瘡潰瘍腸膚髮貧癒"
        + "據應該樣種類別樂喫飯歡覺讓給嗎聽見問題號碼電郵機場區縣鄉鎮廣東漢滬蘇華協議簽參與試臨療週禮經歷曆紀錄記憶齡級練習學聲長張"
        + "將專業產術癇癲風濕綜徵銀換幹贈輸針靜脈兩隻條塊錢萬億較數總計斷續鬆輕嚴顆裡裏邊於夠懷婦媽兒孫帶幫聯繫係滿屬實際貼門轉變動"
        + "調剛纔認識準備雙親舊壞難錯誤決結況險費製環羥麥醯潑龍強貝氫臺灣鄭錫崑黃岡荊陽隨寧潛閔匯楊寶賢複雜亂護傷虛癢腳髖頸臉視憂鬱"
        + "慮癥嘔瀉痺癱瘓縮擴標異陰補鏈膠網絡訊稱謝請囉妳紋勞驟鹽鈣維鐵魚脫澀嬰處義務員師講寫讀遠離園莊樓層戶質評價測階優貴賣買鐘鍾"
        + "嚨氣悶聞膽臍殺傳擔僅儘盡歸屆戰爭韓圍獨儀證書頁顯尋選擇項讚淚濃顏藍綠黴瘧驅蟲蝨癬癩瘻顱積損負額頻遲緩劇屢爾約須雖並則衛營"
        + "養覽觀擬設劃畫響頓國驍緊";

    private const string Simplified =
        "没确诊关节过岁细无对个几药医说话这们来时间后开会从为么还现点头脑肾脏体检验报单压冲击剂减阵状态烧发热肿红疮溃疡肠肤发贫愈"
        + "据应该样种类别乐吃饭欢觉让给吗听见问题号码电邮机场区县乡镇广东汉沪苏华协议签参与试临疗周礼经历历纪录记忆龄级练习学声长张"
        + "将专业产术痫癫风湿综征银换干赠输针静脉两只条块钱万亿较数总计断续松轻严颗里里边于够怀妇妈儿孙带帮联系系满属实际贴门转变动"
        + "调刚才认识准备双亲旧坏难错误决结况险费制环羟麦酰泼龙强贝氢台湾郑锡昆黄冈荆阳随宁潜闵汇杨宝贤复杂乱护伤虚痒脚髋颈脸视忧郁"
        + "虑症呕泻痹瘫痪缩扩标异阴补链胶网络讯称谢请啰你纹劳骤盐钙维铁鱼脱涩婴处义务员师讲写读远离园庄楼层户质评价测阶优贵卖买钟钟"
        + "咙气闷闻胆脐杀传担仅尽尽归届战争韩围独仪证书页显寻选择项赞泪浓颜蓝绿霉疟驱虫虱癣癞瘘颅积损负额频迟缓剧屡尔约须虽并则卫营"
        + "养览观拟设划画响顿国骁紧";

    private static readonly FrozenDictionary<char, char> Map =
        Traditional.Zip(Simplified).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplify(char c) => c < '\u3400' ? c : Map.GetValueOrDefault(c, c);

    /// <summary>Words whose simplified form is not the sum of their characters' (甚麼 → 什么).</summary>
    public static string FixWords(string text) =>
        text.Contains("甚么", StringComparison.Ordinal) ? text.Replace("甚么", "什么", StringComparison.Ordinal) : text;
}
