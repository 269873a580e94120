<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../connectly/ui/dialogs/about.py" line="+15"/>
        <source>Connectly never uses the network. Everything you write stays on this computer, in an encrypted diary that only your keyring, your passphrase or your recovery code can open.</source>
        <translation>Connectly hiçbir zaman ağı kullanmaz. Yazdığınız her şey bu bilgisayarda, yalnızca anahtarlığınızın, parolanızın ya da kurtarma kodunuzun açabildiği şifreli bir günlükte kalır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>GNU Genel Kamu Lisansı, sürüm 3 veya sonrası (GPL-3.0-or-later) altında özgür yazılımdır.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About {app}</source>
        <translation>{app} hakkında</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private diary for couples: stress, closeness and availability, day by day.</source>
        <translation>Çiftler için özel bir günlük: stres, yakınlık ve müsaitlik, gün gün.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your diary lives in: {folder}</source>
        <translation>Günlüğünüzün yeri: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the demo diary: it lives in a temporary folder and is removed when it closes.</source>
        <translation>Bu bir deneme günlüğü: geçici bir klasörde durur ve kapandığında silinir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close this window</source>
        <translation>Bu pencereyi kapat</translation>
    </message>
</context>
<context>
    <name>AnalysisSettingsButton</name>
    <message>
        <location filename="../../connectly/ui/pages/insights_controls.py" line="+163"/>
        <location line="+1"/>
        <source>Analysis settings</source>
        <translation>Analiz ayarları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How unusual a day must be to count, and how soon a dip must follow a spike</source>
        <translation>Bir günün sayılması için ne kadar sıra dışı olması gerektiği ve bir düşüşün bir sıçramayı ne kadar kısa sürede izlemesi gerektiği</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How far from a person&apos;s usual a day must be to count as a spike or dip, in spreads. Higher: fewer, more unusual days.</source>
        <translation>Bir günün sıçrama ya da düşüş sayılması için kişinin olağanından ne kadar uzak olması gerektiği (yayılım cinsinden). Daha yüksek: daha az ve daha sıra dışı günler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Sensitivity</source>
        <translation>Duyarlılık</translation>
    </message>
    <message>
        <location line="-10"/>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dip counts as following a spike if it came within this many days.</source>
        <translation>Bir düşüş, bu kadar gün içinde geldiyse bir sıçramayı izlemiş sayılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dip within days</source>
        <translation>Düşüşün geldiği gün sayısı</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Back to the usual settings</source>
        <translation>Olağan ayarlara dön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity and the dip window as Connectly suggests them</source>
        <translation>Duyarlılık ve düşüş aralığı, Connectly’nin önerdiği gibi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dip within</source>
        <translation>Düşüş aralığı</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../connectly/ui/shell.py" line="+41"/>
        <source>The diary file looks damaged</source>
        <translation>Günlük dosyası hasarlı görünüyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectly checked the diary and found damage, so it stopped before writing anything: nothing was changed. Your automatic backups are in the “backups” folder of the data folder; restoring one brings the diary back to that day.</source>
        <translation>Connectly günlüğü denetledi ve bir hasar buldu; bu yüzden hiçbir şey yazmadan durdu: hiçbir şey değişmedi. Otomatik yedekleriniz veri klasöründeki “backups” klasöründe; birini geri yüklemek günlüğü o güne döndürür.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo has ended</source>
        <translation>Deneme sona erdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locking closes the demo diary and removes it; nothing from it was saved. Start a fresh demo, or quit and open Connectly without --demo for your own diary.</source>
        <translation>Kilitlemek deneme günlüğünü kapatır ve siler; ondan hiçbir şey kaydedilmedi. Yeni bir deneme başlatın ya da çıkıp kendi günlüğünüz için Connectly’yi --demo olmadan açın.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+137"/>
        <source>Opening the demo diary…</source>
        <translation>Deneme günlüğü açılıyor…</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+137"/>
        <source>A made-up year of two partners’ check-ins.</source>
        <translation>İki partnerin bir yıllık örnek kayıtları.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Opening your diary…</source>
        <translation>Günlüğünüz açılıyor…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Open the data folder</source>
        <translation>Veri klasörünü &amp;aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder with the diary and its backups in the file manager</source>
        <translation>Günlüğün ve yedeklerinin bulunduğu klasörü dosya yöneticisinde gösterir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Yedekten geri yükle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup to bring the diary back to that day</source>
        <translation>Günlüğü o güne döndürmek için bir yedek seçin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Connectly</source>
        <translation>Connectly’yi kapatır</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the restored diary…</source>
        <translation>Geri yüklenen günlük açılıyor…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The demo could not start</source>
        <translation>Deneme başlatılamadı</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Today’s automatic backup was not made. {reason}</source>
        <translation>Bugünkü otomatik yedek alınamadı. {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Start a fresh demo</source>
        <translation>&amp;Yeni bir deneme başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new made-up diary to look around in</source>
        <translation>Göz gezdirmek için yeni bir örnek günlük açar</translation>
    </message>
</context>
<context>
    <name>BackupKeepRow</name>
    <message>
        <location filename="../../connectly/ui/widgets/backup_keep.py" line="+29"/>
        <source> day</source>
        <translation> gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily backups kept</source>
        <translation>Saklanan günlük yedekler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One backup for each of this many recent days</source>
        <translation>Son bu kadar günün her biri için bir yedek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> week</source>
        <translation> hafta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> weeks</source>
        <translation> hafta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly backups kept</source>
        <translation>Saklanan haftalık yedekler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One backup for each of this many recent weeks</source>
        <translation>Son bu kadar haftanın her biri için bir yedek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> month</source>
        <translation> ay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> months</source>
        <translation> ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly backups kept</source>
        <translation>Saklanan aylık yedekler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One backup for each of this many recent months</source>
        <translation>Son bu kadar ayın her biri için bir yedek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep one backup a day, a week and a month for the last:</source>
        <translation>Günde, haftada ve ayda bir yedeği şu süre boyunca &amp;sakla:</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <location filename="../../connectly/ui/models/backups_model.py" line="+30"/>
        <source>Made</source>
        <translation>Alındığı an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily</source>
        <translation>Günlük yedek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>Sizin aldığınız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update of Connectly</source>
        <translation>Connectly güncellemesinden önce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before restoring a backup</source>
        <translation>Bir yedeği geri yüklemeden önce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>İçe aktarmadan önce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged diary, kept aside</source>
        <translation>Kenara alınan hasarlı günlük</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../connectly/ui/dialogs/backups_dialog.py" line="+51"/>
        <source>Connectly makes an encrypted backup every day you open the diary, and before every update, restore or import.</source>
        <translation>Connectly, günlüğü açtığınız her gün ve her güncelleme, geri yükleme ya da içe aktarmadan önce şifreli bir yedek alır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a backup to bring the diary back to that moment. The diary as it is now is kept aside first, so nothing is thrown away.</source>
        <translation>Günlüğü o ana döndürmek için bir yedek seçin. Günlüğün şimdiki hâli önce kenara alınır; hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anything written after that moment will be replaced by the backup. The diary as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>O andan sonra yazılan her şeyin yerine yedek gelir. Günlüğün şimdiki hâli önce yedek olarak saklanır; isterseniz ona geri dönebilirsiniz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup opens with the passphrase or recovery code the diary had when it was made.</source>
        <translation>Bu yedek, alındığı sırada günlüğün sahip olduğu parola ya da kurtarma koduyla açılır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the diary’s passphrase or recovery code (or the one the backup was made with).</source>
        <translation>Günlüğün parolasını ya da kurtarma kodunu (veya yedeğin alındığı sıradakini) yazın.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backups, newest first</source>
        <translation>Yedekler, en yenisi başta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one and choose Restore…, or press Enter twice</source>
        <translation>Birini seçip Geri yükle…’yi seçin ya da Enter’a iki kez basın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backups yet.</source>
        <translation>Henüz yedek yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Geri yükle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a &amp;file…</source>
        <translation>&amp;Dosyadan geri yükle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange folder…</source>
        <translation>Klasörü değiş&amp;tir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>Klasörü &amp;aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an encrypted backup of the diary now</source>
        <translation>Günlüğün şifreli bir yedeğini hemen alır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the selected backup</source>
        <translation>Seçilen yedeği geri yükle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks first; the diary as it is now is kept as a backup</source>
        <translation>Önce sorar; günlüğün şimdiki hâli yedek olarak saklanır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from a file</source>
        <translation>Dosyadan geri yükle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup file from anywhere, for example a copy on another disk</source>
        <translation>Herhangi bir yerden bir yedek dosyası seçin, örneğin başka bir diskteki bir kopya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the backup folder</source>
        <translation>Yedek klasörünü değiştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New backups go to the folder you choose, for example a synced one</source>
        <translation>Yeni yedekler seçtiğiniz klasöre gider, örneğin eşitlenen bir klasöre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the backup folder</source>
        <translation>Yedek klasörünü aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the backups in the file manager</source>
        <translation>Yedekleri dosya yöneticisinde gösterir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Bu pencereyi kapat</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kept in {folder}</source>
        <translation>Saklandığı yer: {folder}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up at {time}.</source>
        <translation>Yedeklendi (saat {time}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep backups in…</source>
        <translation>Yedeklerin saklanacağı yer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New backups go to this folder; the ones made before stay where they were.</source>
        <translation>Yeni yedekler bu klasöre gidecek; daha önce alınanlar oldukları yerde kalır.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved. From the next backup on, older ones beyond these are removed.</source>
        <translation>Kaydedildi. Bir sonraki yedekten itibaren bunların dışında kalan eski yedekler silinir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backup from {when}</source>
        <translation>{when} tarihli yedek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from a backup file</source>
        <translation>Bir yedek dosyasından geri yükle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectly backups (*.db);;All files (*)</source>
        <translation>Connectly yedekleri (*.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore a backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the diary with {backup}?</source>
        <translation>Günlük, {backup} ile değiştirilsin mi?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Geri yükle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring… the diary is checked and kept first.</source>
        <translation>Geri yükleniyor… günlük önce denetlenip saklanıyor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restoring… the damaged diary is kept aside first.</source>
        <translation>Geri yükleniyor… hasarlı günlük önce kenara alınıyor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Passphrase or recovery code</source>
        <translation>Parola ya da kurtarma kodu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored.</source>
        <translation>Geri yüklendi.</translation>
    </message>
</context>
<context>
    <name>ChartExportTab</name>
    <message>
        <location filename="../../connectly/ui/dialogs/export_chart_tab.py" line="+37"/>
        <source>Linked timeline (stress spikes and closeness dips)</source>
        <translation>Bağlantılı zaman çizelgesi (stres sıçramaları ve yakınlık düşüşleri)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress against closeness (each day)</source>
        <translation>Stres ve yakınlık karşılaştırması (her gün)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress today, closeness in the following days</source>
        <translation>Bugünün stresi, sonraki günlerin yakınlığı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1× (as on screen)</source>
        <translation>1× (ekrandaki gibi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2× (sharp on high-resolution screens and print)</source>
        <translation>2× (yüksek çözünürlüklü ekranlarda ve baskıda net)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+50"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Which of the three charts to export</source>
        <translation>Üç grafikten hangisinin dışa aktarılacağı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in pixels</source>
        <translation>Piksel olarak genişlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels</source>
        <translation>Piksel olarak yükseklik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pixel ratio</source>
        <translation>Piksel oranı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2× or 3× gives a sharper image of the same size on screen</source>
        <translation>2× ya da 3×, ekranda aynı boyutta daha net bir görüntü verir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Show initials instead of names</source>
        <translation>İsimler yerine baş harfleri göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart&apos;s legend names you by your initials only</source>
        <translation>Grafiğin açıklaması sizi yalnızca baş harflerinizle anar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image</source>
        <translation>görüntü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG…</source>
        <translation>PNG olarak kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG</source>
        <translation>PNG olarak kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An image file for messages, documents and slides</source>
        <translation>Mesajlar, belgeler ve sunumlar için bir görüntü dosyası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG…</source>
        <translation>SVG olarak kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG</source>
        <translation>SVG olarak kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drawing that stays sharp at any size</source>
        <translation>Her boyutta net kalan bir çizim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chart</source>
        <translation>Grafiği kopyala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart to the clipboard, to paste into a message or document</source>
        <translation>Grafiği bir mesaja ya da belgeye yapıştırmak için panoya kopyalar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>From 200 to 6000, before the pixel ratio</source>
        <translation>Piksel oranından önce, 200 ile 6000 arası</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pixels (before sharpness)</source>
        <translation>piksel (netlikten önce)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days</source>
        <translation>Günler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpness</source>
        <translation>Netlik</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PNG images (*.png)</source>
        <translation>PNG görüntüleri (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG görüntüleri (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart</source>
        <translation>Grafiği kaydet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied the chart; paste it where you need it.</source>
        <translation>Grafik kopyalandı; gereken yere yapıştırabilirsiniz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the chart…</source>
        <translation>Grafik hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not encrypted</source>
        <translation>şifrelenmemiş</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <location filename="../../connectly/ui/widgets/checkin_card.py" line="+80"/>
        <source>Amend</source>
        <translation>Düzelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another</source>
        <translation>Bir tane daha ekle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem saving</source>
        <translation>Kaydetme sorunu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+258"/>
        <source>Save check-in</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Ctrl+Enter or Ctrl+S</source>
        <translation>Ctrl+Enter ya da Ctrl+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter kaydeder</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{name}’s check-in</source>
        <translation>{name} için kayıt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend {name}’s check-in</source>
        <translation>{name} için kaydı düzelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the check-in shown</source>
        <translation>Gösterilen kaydı değiştirir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another check-in for {name}</source>
        <translation>{name} için bir kayıt daha ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second check-in for the same day; the one shown stays</source>
        <translation>Aynı gün için ikinci bir kayıt; gösterilen kayıt yerinde kalır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save {name}’s check-in</source>
        <translation>{name} için kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores the three numbers, tags and note (Ctrl+Enter or Ctrl+S)</source>
        <translation>Üç sayıyı, etiketleri ve notu saklar (Ctrl+Enter ya da Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel {name}’s changes</source>
        <translation>{name} için değişikliklerden vazgeç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the check-in as saved</source>
        <translation>Kaydın kaydedilmiş hâline döner</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Not checked in yet today.</source>
        <translation>Bugün henüz kayıt yok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked in yet for yesterday.</source>
        <translation>Dün için henüz kayıt yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked in yet for {day}.</source>
        <translation>{day} için henüz kayıt yok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at {time}</source>
        <translation>saat {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for {day} (saved {date}, {time})</source>
        <translation>{day} için ({date}, {time} kaydedildi)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n check-ins that day</source>
        <translation>
            <numerusform>o gün %n kayıt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amending the check-in from {time}.</source>
        <translation>Saat {time} kaydı düzeltiliyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding another check-in (already checked in {saved}).</source>
        <translation>Bir kayıt daha ekleniyor (zaten bir kayıt var: {saved}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Checked in {saved}</source>
        <translation>✓ Kayıt girildi: {saved}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>Değişiklikleri kaydet</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../connectly/ui/dialogs/checkin_dialog.py" line="+65"/>
        <source>Edit check-in</source>
        <translation>Kaydı düzenle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whose check-in</source>
        <translation>Kimin kaydı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the check-in to the other partner if needed</source>
        <translation>Gerekirse kaydı diğer partnere taşıyın</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the check-in is about</source>
        <translation>Kaydın ilgili olduğu gün</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Değişiklikleri kaydeder (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Kaydetmeden kapatır</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Gün</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../connectly/ui/widgets/checkin_form.py" line="+19"/>
        <source>I felt …</source>
        <translation>Kendimi … hissettim</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{items} and {last}</source>
        <translation>{items} ve {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a number for {ratings} first (0–10; type a digit).</source>
        <translation>Önce {ratings} için bir sayı seçin (0–10; bir rakam yazmanız yeterli).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What was it about?</source>
        <translation>Neyle ilgiliydi?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Note (optional)</source>
        <translation>Not (isteğe bağlı)</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Optional. Write from your own experience: I felt …</source>
        <translation>İsteğe bağlı. Kendi deneyiminizden yazın: Kendimi … hissettim</translation>
    </message>
</context>
<context>
    <name>CheckInTable</name>
    <message>
        <location filename="../../connectly/ui/models/checkins_model.py" line="+46"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress</source>
        <translation>Stres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness</source>
        <translation>Yakınlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Müsaitlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To discuss</source>
        <translation>Konuşulacak</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Saved at {time}</source>
        <translation>Kaydedildiği saat: {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked to talk about (included in the therapy report)</source>
        <translation>Konuşmak için işaretlendi (terapi raporuna eklenir)</translation>
    </message>
</context>
<context>
    <name>CodeStep</name>
    <message>
        <location filename="../../connectly/ui/pages/setup_steps.py" line="+332"/>
        <source>Your recovery code</source>
        <translation>Kurtarma kodunuz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the passphrase or the keyring is ever lost, this code opens the diary. It is shown only now: copy it or print it, and keep it somewhere safe and private.</source>
        <translation>Parola ya da anahtarlık bir gün kaybolursa günlüğü bu kod açar. Yalnızca şimdi gösterilir: kopyalayın ya da yazdırın ve güvenli, özel bir yerde saklayın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have &amp;saved my recovery code</source>
        <translation>Kurtarma kodumu &amp;sakladım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved my recovery code</source>
        <translation>Kurtarma kodumu sakladım</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick once the code is copied or printed; then you can go on</source>
        <translation>Kodu kopyaladıktan ya da yazdırdıktan sonra işaretleyin; ardından devam edebilirsiniz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please save the recovery code first, then tick the box.</source>
        <translation>Lütfen önce kurtarma kodunu saklayın, sonra kutuyu işaretleyin.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../connectly/ui/widgets/colour_button.py" line="+22"/>
        <location line="+16"/>
        <source>Colour for {what}</source>
        <translation>{what} için renk</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Choose the colour for {what}</source>
        <translation>{what} için renk seçin</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Colour…</source>
        <translation>Renk…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now {colour}. Opens the colour picker.</source>
        <translation>Şu an {colour}. Renk seçiciyi açar.</translation>
    </message>
</context>
<context>
    <name>DataExportTab</name>
    <message>
        <location filename="../../connectly/ui/dialogs/export_data_tab.py" line="+19"/>
        <source>Bring check-ins in from a CSV file (you check which column holds what), a Daylio export, or a Connectly JSON export. You see what would be imported first; entries already here are skipped.</source>
        <translation>Kayıtları bir CSV dosyasından (hangi sütunda ne olduğunu siz belirlersiniz), bir Daylio dışa aktarımından ya da bir Connectly JSON dışa aktarımından getirin. Neyin içe aktarılacağını önce görürsünüz; burada zaten olan kayıtlar atlanır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV opens in any spreadsheet: one row per check-in with the day, who, the three ratings, tags and the note. Partners, life events and bookmarks are saved in three small files beside it.

JSON keeps everything exactly — including bookmarks and settings — and can be imported back into Connectly, for example on a new computer.</source>
        <translation>CSV her hesap tablosunda açılır: her kayıt için bir satır; gün, kim, üç puan, etiketler ve not. Partnerler, yaşam olayları ve işaretler yanındaki üç küçük dosyaya kaydedilir.

JSON her şeyi olduğu gibi saklar — işaretler ve ayarlar dahil — ve örneğin yeni bir bilgisayarda Connectly’ye geri aktarılabilir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the exported file</source>
        <translation>dışa aktarılan dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CSV…</source>
        <translation>CSV olarak kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as CSV</source>
        <translation>CSV olarak kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For spreadsheets: one row per check-in, and three small files beside it</source>
        <translation>Hesap tabloları için: her kayıt bir satır, yanında üç küçük dosya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as JSON…</source>
        <translation>JSON olarak kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as JSON</source>
        <translation>JSON olarak kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything exactly, to import back into Connectly later</source>
        <translation>Her şey olduğu gibi; daha sonra Connectly’ye geri aktarmak için</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from a file…</source>
        <translation>Dosyadan içe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from a file</source>
        <translation>Dosyadan içe aktar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file, a Daylio export or a Connectly JSON export; you see it before anything is added</source>
        <translation>Bir CSV dosyası, bir Daylio dışa aktarımı ya da bir Connectly JSON dışa aktarımı; bir şey eklenmeden önce görürsünüz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your data</source>
        <translation>Verilerinizi kaydedin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import check-ins</source>
        <translation>Kayıtları içe aktar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-ins (*.csv *.json *.txt);;All files (*)</source>
        <translation>Kayıtlar (*.csv *.json *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln check-ins and 3 files beside it; not encrypted</source>
        <translation>
            <numerusform>%Ln kayıt ve yanında 3 dosya; şifrelenmemiş</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not encrypted</source>
        <translation>şifrelenmemiş</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../connectly/ui/display.py" line="+22"/>
        <source>A move</source>
        <translation>Taşınma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parenthood</source>
        <translation>Ebeveynlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work or career change</source>
        <translation>İş ya da kariyer değişikliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss or grief</source>
        <translation>Kayıp ya da yas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Başka bir şey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moves, new jobs, births, losses… Distance after a big change is often adaptation, not rejection. Marking these days lets every chart show what you were living through.</source>
        <translation>Taşınmalar, yeni işler, doğumlar, kayıplar… Büyük bir değişiklikten sonraki mesafe çoğu zaman reddediş değil, uyum sürecidir. Bu günleri işaretlemek, her grafiğin o sırada neler yaşadığınızı göstermesini sağlar.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>dün</translation>
    </message>
</context>
<context>
    <name>ErrorLine</name>
    <message>
        <location filename="../../connectly/ui/messages.py" line="+64"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../connectly/ui/dialogs/event_dialog.py" line="+72"/>
        <source>Edit life event</source>
        <translation>Yaşam olayını düzenle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a life event</source>
        <translation>Yaşam olayı ekle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of change</source>
        <translation>Değişikliğin türü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A move, parenthood, work, a loss, health or something else</source>
        <translation>Taşınma, ebeveynlik, iş, kayıp, sağlık ya da başka bir şey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Moved to Leeds</source>
        <translation>ör. İzmir’e taşındık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words, as the charts will show it</source>
        <translation>Grafiklerde görüneceği gibi, birkaç kelime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Başladığı gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day it began</source>
        <translation>Başladığı gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>It has an end date</source>
        <translation>Bir bitiş tarihi var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick for a change that ended; leave it for one still going on</source>
        <translation>Sona eren bir değişiklik için işaretleyin; hâlâ süren biri için boş bırakın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on</source>
        <translation>Bittiği gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day it ended</source>
        <translation>Bittiği gün</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Anything you want to remember about it (optional)</source>
        <translation>Onunla ilgili hatırlamak istediğiniz her şey (isteğe bağlı)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the life event (Ctrl+Enter)</source>
        <translation>Yaşam olayını kaydeder (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Kaydetmeden kapatır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What happened</source>
        <translation>&amp;Ne oldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>N&amp;ot</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../connectly/ui/pages/events.py" line="+35"/>
        <source>No life events yet. Add a move, a new job, a birth or a loss, and it will show on every chart.</source>
        <translation>Henüz yaşam olayı yok. Bir taşınma, yeni bir iş, bir doğum ya da bir kayıp ekleyin; her grafikte görünecek.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+64"/>
        <source>Life events</source>
        <translation>Yaşam olayları</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Your life events, earliest first. Enter edits the selected one; Delete removes it.</source>
        <translation>Yaşam olaylarınız, en eskisi başta. Enter seçileni düzenler; Delete onu siler.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the change just made</source>
        <translation>Az önce yapılan değişikliği geri alır</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Add a life event…</source>
        <translation>Yaşam olayı ekle…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a life event</source>
        <translation>Yaşam olayı ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A move, a new job, a birth, a loss… (Ctrl+N)</source>
        <translation>Bir taşınma, yeni bir iş, bir doğum, bir kayıp… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a move, new job, birth, loss… (Ctrl+N)</source>
        <translation>Taşınma, yeni iş, doğum, kayıp… ekleyin (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected event (Enter or double-click)</source>
        <translation>Seçilen olayı düzenleyin (Enter ya da çift tıklama)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected event (Del)</source>
        <translation>Seçilen olayı silin (Del)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Life events could not be read.</source>
        <translation>Yaşam olayları okunamadı.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The diary is locked.</source>
        <translation>Günlük kilitli.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Add “{title}”</source>
        <translation>“{title}” eklenmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added “{title}”.</source>
        <translation>“{title}” eklendi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit “{title}”</source>
        <translation>“{title}” düzenlenmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved “{title}”.</source>
        <translation>“{title}” kaydedildi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete “{title}”</source>
        <translation>“{title}” silinmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted “{title}”.</source>
        <translation>“{title}” silindi.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../connectly/ui/dialogs/export_common.py" line="+51"/>
        <source>Not encrypted.</source>
        <translation>Şifrelenmemiş.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlike your diary, {what} is not protected: anyone who can open it can read it. Keep it somewhere private and delete it when you no longer need it.</source>
        <translation>Günlüğünüzün aksine {what} korunmuyor: onu açabilen herkes okuyabilir. Özel bir yerde saklayın ve artık gerekmediğinde silin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not encrypted</source>
        <translation>Şifrelenmemiş</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../connectly/ui/dialogs/export_dialog.py" line="+40"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Therapy report</source>
        <translation>Terapi raporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Verileriniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to export</source>
        <translation>Neyin dışa aktarılacağı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A therapy report as a PDF, one chart as an image, or all your data</source>
        <translation>PDF olarak bir terapi raporu, görüntü olarak bir grafik ya da tüm verileriniz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the export window</source>
        <translation>Dışa aktarma penceresini kapatır</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <location filename="../../connectly/ui/pages/history_filters.py" line="+29"/>
        <source>Whose check-ins</source>
        <translation>Kimin kayıtları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the check-ins of both of you, or of one</source>
        <translation>İkinizin ya da birinizin kayıtlarını gösterir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a day</source>
        <translation>Bir günden itibaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to hide check-ins before the day chosen next</source>
        <translation>Yanında seçilen günden önceki kayıtları gizlemek için işaretleyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From day</source>
        <translation>Başlangıç günü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day shown</source>
        <translation>Gösterilen ilk gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>Bi&amp;tiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to a day</source>
        <translation>Bir güne kadar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to hide check-ins after the day chosen next</source>
        <translation>Yanında seçilen günden sonraki kayıtları gizlemek için işaretleyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To day</source>
        <translation>Bitiş günü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day shown</source>
        <translation>Gösterilen son gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only check-ins with this tag</source>
        <translation>Yalnızca bu etiketi taşıyan kayıtları gösterir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes and tags…</source>
        <translation>Notlarda ve etiketlerde ara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search notes and tags</source>
        <translation>Notlarda ve etiketlerde ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows check-ins whose note or tags contain these words</source>
        <translation>Notunda ya da etiketlerinde bu kelimeler geçen kayıtları gösterir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every check-in again</source>
        <translation>Tüm kayıtları yeniden gösterir</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Both of us</source>
        <translation>İkimiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../connectly/ui/pages/history.py" line="+46"/>
        <source>No check-ins yet — add one on Today.</source>
        <translation>Henüz kayıt yok — Bugün sayfasından bir tane ekleyebilirsiniz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-ins match these filters.</source>
        <translation>Bu filtrelere uyan kayıt yok.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check-ins</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in, newest first. Enter edits the selected one; Delete removes it.</source>
        <translation>Tüm kayıtlar, en yenisi başta. Enter seçileni düzenler; Delete onu siler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back the change just made</source>
        <translation>Az önce yapılan değişikliği geri alır</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected check-in (Enter or double-click)</source>
        <translation>Seçilen kaydı düzenleyin (Enter ya da çift tıklama)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected check-in (Del)</source>
        <translation>Seçilen kaydı silin (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To discuss</source>
        <translation>Konuşulacak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark to talk about in therapy (Ctrl+D)</source>
        <translation>Terapide konuşmak için işaretleyin (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>History could not be read.</source>
        <translation>Geçmiş okunamadı.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The diary is locked.</source>
        <translation>Günlük kilitli.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Check-in updated.</source>
        <translation>Kayıt güncellendi.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln check-in</source>
        <translation>
            <numerusform>%Ln kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln check-ins</source>
        <translation>
            <numerusform>%Ln kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln check-in</source>
        <translation>
            <numerusform>%Ln kayıttan {shown} tanesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln check-ins</source>
        <translation>
            <numerusform>%Ln kayıttan {shown} tanesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deleted the check-in of {day}.</source>
        <translation>{day} tarihli kayıt silindi.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../connectly/ui/dialogs/import_dialog.py" line="+44"/>
        <source>(not in this file)</source>
        <translation>(bu dosyada yok)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column holding the day</source>
        <translation>Günü içeren sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column holding the partner</source>
        <translation>Partneri içeren sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column holding the stress</source>
        <translation>Stresi içeren sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column holding the closeness</source>
        <translation>Yakınlığı içeren sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column holding the availability</source>
        <translation>Müsaitliği içeren sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column holding the tags</source>
        <translation>Etiketleri içeren sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column holding the note</source>
        <translation>Notu içeren sütun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day is in column</source>
        <translation>Gün şu sütunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner is in column</source>
        <translation>Partner şu sütunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress is in column</source>
        <translation>Stres şu sütunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness is in column</source>
        <translation>Yakınlık şu sütunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability is in column</source>
        <translation>Müsaitlik şu sütunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags is in column</source>
        <translation>Etiketler şu sütunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note is in column</source>
        <translation>Not şu sütunda</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import {file}</source>
        <translation>İçe aktar: {file}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Turn Daylio activities into tags</source>
        <translation>Daylio etkinliklerini etikete dönüştür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each activity becomes a tag on the check-in</source>
        <translation>Her etkinlik, kayıtta bir etiket olur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the rows to import</source>
        <translation>İçe aktarılacak satırların önizlemesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows as they would be read; rows that cannot be read say why</source>
        <translation>İlk satırlar okunacakları gibi; okunamayan satırlar nedenini söyler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the import would do</source>
        <translation>İçe aktarmanın ne yapacağı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines that cannot be imported</source>
        <translation>İçe aktarılamayan satırlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each line of the file that is skipped, and why</source>
        <translation>Dosyanın atlanan her satırı ve nedeni</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+164"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Adds the check-ins shown; entries already here are skipped</source>
        <translation>Gösterilen kayıtları ekler; burada zaten olanlar atlanır</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A column of the file, or “(not in this file)”</source>
        <translation>Dosyanın bir sütunu ya da “(bu dosyada yok)”</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Days are written as</source>
        <translation>Günlerin yazılışı</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The order of day, month and year in the file</source>
        <translation>Dosyada gün, ay ve yılın sırası</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Rows without a partner column belong to</source>
        <translation>Partner sütunu olmayan satırların sahibi</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+10"/>
        <source>Whose check-ins these rows are</source>
        <translation>Bu satırların kimin kayıtları olduğu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>What each mood means</source>
        <translation>Her ruh hâlinin anlamı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mood=N sets stress 10−N, closeness N, availability N; mood=S/C/A sets all three.</source>
        <translation>ruhhali=N, stresi 10−N, yakınlığı N, müsaitliği N yapar; ruhhali=S/Y/M üçünü birden belirler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>These entries belong to</source>
        <translation>Bu kayıtların sahibi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moods (stress/closeness/availability)</source>
        <translation>Ruh hâlleri (stres/yakınlık/müsaitlik)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} is a Connectly export. Everything in it is checked first; if any record is wrong, nothing is imported. Entries already in the diary are skipped.</source>
        <translation>{file} bir Connectly dışa aktarımı. İçindeki her şey önce denetlenir; bir kayıt bile hatalıysa hiçbir şey içe aktarılmaz. Günlükte zaten olan kayıtlar atlanır.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} is a Daylio export. Choose whose entries they are and what each mood means.</source>
        <translation>{file} bir Daylio dışa aktarımı. Kayıtların kime ait olduğunu ve her ruh hâlinin ne anlama geldiğini seçin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: check which column holds what. The preview shows the first rows as they will be read; nothing is imported until you press Import.</source>
        <translation>{file}: hangi sütunda ne olduğunu denetleyin. Önizleme ilk satırları okunacakları gibi gösterir; İçe aktar’a basana kadar hiçbir şey içe aktarılmaz.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Line {line}: {reason}</source>
        <translation>Satır {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… ve %Ln tane daha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import %Ln check-in</source>
        <translation>
            <numerusform>%Ln kaydı içe aktar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln check-ins</source>
        <translation>
            <numerusform>%Ln kaydı içe aktar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../connectly/ui/models/import_preview_model.py" line="+33"/>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress</source>
        <translation>Stres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness</source>
        <translation>Yakınlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Müsaitlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location line="+33"/>
        <source>Line {line}: {problem}</source>
        <translation>Satır {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>InsightDelegate</name>
    <message>
        <location filename="../../connectly/ui/models/insights_model.py" line="+203"/>
        <source>tentative</source>
        <translation>ön izlenim</translation>
    </message>
</context>
<context>
    <name>InsightList</name>
    <message>
        <location line="-162"/>
        <source>Not enough days yet</source>
        <translation>Henüz yeterli gün yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The days looked at</source>
        <translation>İncelenen günler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Stress spikes and closeness dips</source>
        <translation>Stres sıçramaları ve yakınlık düşüşleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day to day</source>
        <translation>Günden güne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Müsaitlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences between you</source>
        <translation>Aranızdaki farklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Around a life event</source>
        <translation>Bir yaşam olayı çevresinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slow drift in a calm time</source>
        <translation>Sakin bir dönemde yavaş bir kayma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tentative: this rests on few days, so read it as a first impression, not a pattern.</source>
        <translation>Ön izlenim: bu az sayıda güne dayanıyor; onu bir örüntü olarak değil, ilk izlenim olarak okuyun.</translation>
    </message>
</context>
<context>
    <name>InsightListModel</name>
    <message>
        <location line="+63"/>
        <source>Select to show these days on the timeline.</source>
        <translation>Bu günleri zaman çizelgesinde görmek için seçin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tentative.</source>
        <translation>Ön izlenim.</translation>
    </message>
</context>
<context>
    <name>InsightsControls</name>
    <message>
        <location filename="../../connectly/ui/pages/insights_controls.py" line="-153"/>
        <source>&amp;30 days</source>
        <extracomment>Preset key → (button text with mnemonic, days shown; None for every day).</extracomment>
        <translation>&amp;30 gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;90 days</source>
        <translation>&amp;90 gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;year</source>
        <translation>1 &amp;yıl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation>&amp;Tümü</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 30 days of the diary on the timeline (key 1)</source>
        <translation>Günlüğün son 30 gününü zaman çizelgesinde gösterir (1 tuşu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 90 days of the diary on the timeline (key 2)</source>
        <translation>Günlüğün son 90 gününü zaman çizelgesinde gösterir (2 tuşu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last year of the diary on the timeline (key 3)</source>
        <translation>Günlüğün son bir yılını zaman çizelgesinde gösterir (3 tuşu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every day of the diary on the timeline (key 0)</source>
        <translation>Günlüğün tüm günlerini zaman çizelgesinde gösterir (0 tuşu)</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>{name}: no check-in</source>
        <translation>{name}: kayıt yok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: stress {stress}, closeness {closeness}, availability {availability}</source>
        <translation>{name}: stres {stress}, yakınlık {closeness}, müsaitlik {availability}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tags: {tags}</source>
        <translation>etiketler: {tags}</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../connectly/ui/pages/insights.py" line="+57"/>
        <source>Check in for {days} days together and patterns will start to show here.</source>
        <translation>{days} gün birlikte kayıt girin; örüntüler burada görünmeye başlayacak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How stress and closeness moved together. These are patterns of what tended to go together, not causes.</source>
        <translation>Stres ve yakınlığın birlikte nasıl değiştiği. Bunlar neyin neyle birlikte görülme eğiliminde olduğunu gösteren örüntülerdir, nedenler değil.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Linked timeline of stress and closeness</source>
        <translation>Stres ve yakınlığın bağlantılı zaman çizelgesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both partners&apos; stress and closeness by day; triangles mark unusual days. Arrow keys move, + and − zoom; 1, 2, 3 and 0 show 30 days, 90 days, a year and everything.</source>
        <translation>İki partnerin gün gün stresi ve yakınlığı; üçgenler sıra dışı günleri işaretler. Ok tuşları kaydırır, + ve − yakınlaştırır; 1, 2, 3 ve 0 tuşları 30 günü, 90 günü, bir yılı ve tümünü gösterir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stress against closeness</source>
        <translation>Stres ve yakınlık karşılaştırması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point per day and person: stress across, closeness up.</source>
        <translation>Her gün ve kişi için bir nokta: stres yatayda, yakınlık dikeyde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association by number of days between</source>
        <translation>Aradaki gün sayısına göre ilişki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How stress on a day went with closeness on the same and the following days.</source>
        <translation>Bir gündeki stresin aynı gün ve sonraki günlerdeki yakınlıkla nasıl birlikte değiştiği.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>7-day &amp;average</source>
        <translation>7 günlük &amp;ortalama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;vailability</source>
        <translation>&amp;Müsaitlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;notes on hover</source>
        <translation>Üzerine gelince &amp;notları göster</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+204"/>
        <source>Looking for patterns…</source>
        <translation>Örüntüler aranıyor…</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Insights</source>
        <translation>İçgörüler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working out the insights</source>
        <translation>İçgörüler hesaplanıyor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag or use ← → (Shift for bigger steps) to move, + − or the wheel to zoom.
Keys 1, 2, 3 and 0 show 30 days, 90 days, a year and everything.</source>
        <translation>Kaydırmak için sürükleyin ya da ← → tuşlarını kullanın (büyük adımlar için Shift); yakınlaştırmak için + − ya da fare tekerleği.
1, 2, 3 ve 0 tuşları 30 günü, 90 günü, bir yılı ve tümünü gösterir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day under the pointer</source>
        <translation>İmlecin altındaki gün</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Point at a day to see its values. Drag or use ← → to move, + − or the wheel to zoom.</source>
        <translation>Bir günün değerleri için üzerine gelin. Kaydırma: sürükleme ya da ← →, yakınlaştırma: + − ya da tekerlek.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draw each line as a 7-day average; unusual days keep their own value.</source>
        <translation>Her çizgiyi 7 günlük ortalama olarak çizer; sıra dışı günler kendi değerlerini korur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a small pane for how much each of you had to give.</source>
        <translation>Her birinizin ne kadar verebildiği için küçük bir bölme ekler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes are private: they show here only while this is ticked.</source>
        <translation>Notlar özeldir: yalnızca bu işaretliyken burada görünür.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zaman çizelgesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stress and closeness</source>
        <translation>&amp;Stres ve yakınlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days between</source>
        <translation>&amp;Aradaki günler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeline, stress against closeness, and days between</source>
        <translation>Zaman çizelgesi, stres ve yakınlık karşılaştırması ve aradaki günler</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>What stands out</source>
        <translation>Öne çıkanlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sentences about patterns in your check-ins; selecting one shows its days on the timeline</source>
        <translation>Kayıtlarınızdaki örüntülerle ilgili cümleler; birini seçmek o günleri zaman çizelgesinde gösterir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insights status</source>
        <translation>İçgörülerin durumu</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>There are no check-ins yet.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>So far %n day with check-ins from both of you</source>
        <translation>
            <numerusform>Şimdiye kadar ikinizin de kayıt girdiği %n gün var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>So far %n days with check-ins from both of you</source>
        <translation>
            <numerusform>Şimdiye kadar ikinizin de kayıt girdiği %n gün var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more to go.</source>
        <translation>
            <numerusform>%n gün daha kaldı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The diary is locked.</source>
        <translation>Günlük kilitli.</translation>
    </message>
</context>
<context>
    <name>LifeEventTable</name>
    <message>
        <location filename="../../connectly/ui/models/events_model.py" line="+32"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>LifeEventTableModel</name>
    <message>
        <location line="+78"/>
        <source>no end date</source>
        <translation>bitiş tarihi yok</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../connectly/ui/main_window.py" line="+36"/>
        <source>Demo diary — nothing here is saved. It disappears when you close Connectly or lock it.</source>
        <translation>Deneme günlüğü — burada hiçbir şey kaydedilmez. Connectly’yi kapattığınızda ya da kilitlediğinizde kaybolur.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{app} — Demo diary (nothing is saved)</source>
        <translation>{app} — Deneme günlüğü (hiçbir şey kaydedilmez)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report for your therapist, charts or your data</source>
        <translation>Terapistiniz için bir rapor, grafikler ya da verileriniz</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Close the diary and forget its key until it is unlocked again</source>
        <translation>Günlüğü kapatır ve kilidi yeniden açılana kadar anahtarını unutur</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About {app}</source>
        <translation>{app} &amp;hakkında</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lock the diary now (Ctrl+L)</source>
        <translation>Günlüğü şimdi kilitleyin (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the diary</source>
        <translation>Günlüğü kilitle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo diary notice</source>
        <translation>Deneme günlüğü bildirimi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Encrypted · stays on this computer</source>
        <translation>Şifreli · bu bilgisayarda kalır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../connectly/ui/display.py" line="-64"/>
        <source>How stressed did you feel?</source>
        <translation>Kendinizi ne kadar stresli hissettiniz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How close did you feel to your partner?</source>
        <translation>Partnerinize kendinizi ne kadar yakın hissettiniz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much did you have to give to the relationship?</source>
        <translation>İlişkiye verecek ne kadar enerjiniz vardı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calm</source>
        <translation>sakin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelmed</source>
        <translation>bunalmış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distant</source>
        <translation>uzak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deeply connected</source>
        <translation>derinden bağlı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing left</source>
        <translation>hiç kalmamıştı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fully present</source>
        <translation>tamamen oradaydım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress</source>
        <translation>Stres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness</source>
        <translation>Yakınlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Müsaitlik</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../connectly/ui/messages.py" line="-42"/>
        <source>Something unexpected went wrong. What you saved before is safe; please try again, and restart Connectly if it happens again.</source>
        <translation>Beklenmedik bir şey oldu. Daha önce kaydettikleriniz güvende; lütfen yeniden deneyin, yine olursa Connectly’yi yeniden başlatın.</translation>
    </message>
</context>
<context>
    <name>NamesStep</name>
    <message>
        <location filename="../../connectly/ui/pages/setup_steps.py" line="-235"/>
        <source>Welcome to Connectly</source>
        <translation>Connectly’ye hoş geldiniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private diary for the two of you: how stressed, how close and how available each of you felt, day by day. Everything stays on this computer, encrypted.</source>
        <translation>İkiniz için özel bir günlük: her birinizin ne kadar stresli, ne kadar yakın ve ne kadar müsait hissettiği, gün gün. Her şey bu bilgisayarda, şifreli olarak kalır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first partner</source>
        <translation>birinci partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second partner</source>
        <translation>ikinci partner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First partner’s name</source>
        <translation>Birinci partnerin adı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First partner</source>
        <translation>&amp;Birinci partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second partner’s name</source>
        <translation>İkinci partnerin adı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Second partner</source>
        <translation>İ&amp;kinci partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A first name or nickname</source>
        <translation>Bir ad ya da takma ad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A first name or nickname, as it will show on every page</source>
        <translation>Her sayfada görüneceği gibi bir ad ya da takma ad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colours tell your lines apart on every chart.</source>
        <translation>Renkler, her grafikte çizgilerinizi birbirinden ayırır.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please give the two partners different names.</source>
        <translation>Lütfen iki partnere farklı adlar verin.</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <location filename="../../connectly/ui/pages/notice.py" line="+87"/>
        <source>Working</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectly is busy; this takes a moment</source>
        <translation>Connectly meşgul; bu biraz sürebilir</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <location filename="../../connectly/ui/pages/page_parts.py" line="+70"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Geri al (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Yinele (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo {change} (Ctrl+Z)</source>
        <translation>Geri al: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redo {change} (Ctrl+Shift+Z)</source>
        <translation>Yinele: {change} (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../connectly/ui/pages/registry.py" line="+89"/>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in for today or a past day</source>
        <translation>Bugün ya da geçmiş bir gün için kayıt girin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every check-in, to find and edit</source>
        <translation>Bulmak ve düzenlemek için tüm kayıtlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Life events</source>
        <translation>Yaşam olayları</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moves, new jobs, births, losses: what you were living through</source>
        <translation>Taşınmalar, yeni işler, doğumlar, kayıplar: o sırada neler yaşadığınız</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insights</source>
        <translation>İçgörüler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How stress and closeness moved together</source>
        <translation>Stres ve yakınlığın birlikte nasıl değiştiği</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names, tags, reminder, locking, language, theme and passphrase</source>
        <translation>Adlar, etiketler, hatırlatıcı, kilitleme, dil, tema ve parola</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{page} is not part of this version of Connectly yet.</source>
        <translation>{page}, Connectly’nin bu sürümünde henüz yok.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location line="+15"/>
        <source>{page} unavailable</source>
        <translation>{page} kullanılamıyor</translation>
    </message>
</context>
<context>
    <name>ProtectStep</name>
    <message>
        <location filename="../../connectly/ui/pages/setup_steps.py" line="+23"/>
        <source>Keep it private</source>
        <translation>Gizli kalsın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary is always encrypted. Choose how it opens. Either way you also get a recovery code, in case the keyring or the passphrase is ever lost.</source>
        <translation>Günlük her zaman şifrelidir. Nasıl açılacağını seçin. Hangisini seçerseniz seçin, anahtarlık ya da parola bir gün kaybolursa diye bir de kurtarma kodu alırsınız.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open with the &amp;system keyring</source>
        <translation>&amp;Sistem anahtarlığıyla aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the system keyring</source>
        <translation>Sistem anahtarlığıyla aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>No typing each day: your login keeps the key.</source>
        <translation>Her gün bir şey yazmanız gerekmez: anahtarı oturumunuz saklar.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No typing each day: your login keeps the key. Checking the keyring…</source>
        <translation>Her gün bir şey yazmanız gerekmez: anahtarı oturumunuz saklar. Anahtarlık denetleniyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with a &amp;passphrase</source>
        <translation>&amp;Parolayla aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with a passphrase</source>
        <translation>Parolayla aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You type it to open the diary: the stronger choice if others use this computer.</source>
        <translation>Günlüğü açmak için onu yazarsınız: bu bilgisayarı başkaları da kullanıyorsa daha güçlü seçim budur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters; a few words strung together work well</source>
        <translation>En az 8 karakter; birkaç kelimeyi art arda dizmek iyi işe yarar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase</source>
        <translation>Parolayı tekrarlayın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase once more, to be sure it was typed as meant</source>
        <translation>Doğru yazıldığından emin olmak için aynı parola bir kez daha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase strength</source>
        <translation>Parolanın gücü</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;phrase</source>
        <translation>Pa&amp;rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Tekrar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The system keyring cannot be used on this computer.</source>
        <translation>Bu bilgisayarda sistem anahtarlığı kullanılamıyor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passphrases differ. Please type the same one twice.</source>
        <translation>İki parola birbirinden farklı. Lütfen aynı parolayı iki kez yazın.</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <location filename="../../connectly/ui/pages/insights_controls.py" line="-179"/>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show {period}</source>
        <translation>{period} göster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show from</source>
        <translation>Gösterimin başlangıcı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day on the timeline</source>
        <translation>Zaman çizelgesindeki ilk gün</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show until</source>
        <translation>Gösterimin bitişi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day on the timeline</source>
        <translation>Zaman çizelgesindeki son gün</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <location filename="../../connectly/ui/dialogs/export_range.py" line="+20"/>
        <source>Custom range</source>
        <translation>Özel aralık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 4 weeks</source>
        <translation>Son 4 hafta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Son 3 ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Since the last report (ended {date})</source>
        <translation>Son rapordan bu yana ({date} tarihinde bitti)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which days</source>
        <translation>Hangi günler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A named period, or a custom range chosen with the two dates below</source>
        <translation>Adlandırılmış bir dönem ya da aşağıdaki iki tarihle seçilen özel bir aralık</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day the export covers</source>
        <translation>Dışa aktarımın kapsadığı ilk gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day the export covers</source>
        <translation>Dışa aktarımın kapsadığı son gün</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <location filename="../../connectly/ui/widgets/rating.py" line="+302"/>
        <source>Not chosen yet</source>
        <translation>Henüz seçilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen yet.</source>
        <translation>Henüz seçilmedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} of 10</source>
        <translation>10 üzerinden {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} of 10.</source>
        <translation>10 üzerinden {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0 means {low}, 10 means {high}. Type a number, or use the arrow keys.</source>
        <translation>0 “{low}”, 10 “{high}” demek. Bir sayı yazın ya da ok tuşlarını kullanın.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../connectly/ui/dialogs/recovery_code_dialog.py" line="+15"/>
        <source>Your new recovery code</source>
        <translation>Yeni kurtarma kodunuz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code opens the diary if the passphrase or the keyring is ever lost. The old code no longer works. It is shown only now: copy it or print it, and keep it somewhere safe.</source>
        <translation>Parola ya da anahtarlık bir gün kaybolursa günlüğü bu kod açar. Eski kod artık çalışmıyor. Yalnızca şimdi gösterilir: kopyalayın ya da yazdırın ve güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have &amp;saved my recovery code</source>
        <translation>Kurtarma kodumu &amp;sakladım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved my recovery code</source>
        <translation>Kurtarma kodumu sakladım</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick once the code is copied or printed; then Done closes</source>
        <translation>Kodu kopyaladıktan ya da yazdırdıktan sonra işaretleyin; ardından Tamam pencereyi kapatır</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; the code is not shown again</source>
        <translation>Kapatır; kod bir daha gösterilmez</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../../connectly/ui/widgets/recovery_code.py" line="+15"/>
        <source>Connectly recovery code</source>
        <translation>Connectly kurtarma kodu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code opens your Connectly diary if the passphrase or the system keyring is lost. Keep this page somewhere safe and private. A new code, made in Settings, replaces this one.</source>
        <translation>Parola ya da sistem anahtarlığı kaybolursa Connectly günlüğünüzü bu kod açar. Bu sayfayı güvenli ve özel bir yerde saklayın. Ayarlar’da oluşturulan yeni bir kod bunun yerini alır.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recovery code</source>
        <translation>Kurtarma kodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery code</source>
        <translation>Kurtarma kodunu kopyala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the code on the clipboard, to paste into a password manager</source>
        <translation>Bir parola yöneticisine yapıştırmak için kodu panoya koyar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Print the recovery code</source>
        <translation>Kurtarma kodunu yazdır</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Opens the print dialog; printing to a PDF file works too</source>
        <translation>Yazdırma penceresini açar; PDF dosyasına yazdırmak da olur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy status</source>
        <translation>Kopyalama durumu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied. Paste it somewhere safe, then clear it from anywhere public.</source>
        <translation>Kopyalandı. Güvenli bir yere yapıştırın, sonra herkesin görebileceği yerlerden silin.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../connectly/ui/reminders.py" line="+153"/>
        <source>Check-in reminder</source>
        <translation>Günlük kayıt hatırlatıcısı</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check in now</source>
        <translation>Şimdi &amp;kayıt gir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in now</source>
        <translation>Şimdi kayıt gir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Today to check in</source>
        <translation>Kayıt girmeniz için Bugün sayfasını açar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nooze 1 hour</source>
        <translation>1 saat &amp;ertele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 hour</source>
        <translation>1 saat ertele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind again in one hour</source>
        <translation>Bir saat sonra yeniden hatırlatır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today</source>
        <translation>Bugün değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the reminder</source>
        <translation>Hatırlatıcıyı kapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this reminder until tomorrow</source>
        <translation>Bu hatırlatıcıyı yarına kadar gizler</translation>
    </message>
</context>
<context>
    <name>ReminderStep</name>
    <message>
        <location filename="../../connectly/ui/pages/setup_steps.py" line="+25"/>
        <source>A gentle daily nudge</source>
        <translation>Her gün nazik bir hatırlatma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking in takes less than a minute. Connectly can remind you each evening while it is open.</source>
        <translation>Kayıt girmek bir dakikadan kısa sürer. Connectly açıkken size her akşam hatırlatabilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remind us each day at</source>
        <translation>Her gün şu saatte &amp;hatırlat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily reminder</source>
        <translation>Günlük hatırlatıcı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle nudge each day at the time next to it</source>
        <translation>Her gün, yanındaki saatte nazik bir hatırlatma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder time</source>
        <translation>Hatırlatma saati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours and minutes, 24-hour clock</source>
        <translation>Saat ve dakika, 24 saat biçiminde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can change this later in Settings.</source>
        <translation>Bunu daha sonra Ayarlar’dan değiştirebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../connectly/ui/reminders.py" line="-123"/>
        <source>Time for today’s check-in</source>
        <translation>Bugünkü kaydınızın zamanı geldi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A minute for how today felt — stress, closeness and what you had to give.</source>
        <translation>Bugünün nasıl geçtiğine bir dakika ayırın — stres, yakınlık ve ilişkiye ne kadar verebildiğiniz.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Check in now</source>
        <translation>Şimdi kayıt gir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 hour</source>
        <translation>1 saat ertele</translation>
    </message>
</context>
<context>
    <name>ReportExportTab</name>
    <message>
        <location filename="../../connectly/ui/dialogs/export_report_tab.py" line="+36"/>
        <source>{name} agrees to include their notes</source>
        <translation>{name}, notlarının rapora eklenmesini kabul ediyor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paper size</source>
        <translation>Kâğıt boyutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper the report is laid out for</source>
        <translation>Raporun hazırlanacağı kâğıt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Show initials instead of names</source>
        <translation>İsimler yerine baş harfleri göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report names you by your initials only</source>
        <translation>Rapor sizi yalnızca baş harflerinizle anar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal notes</source>
        <translation>Kişisel notlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes are left out unless both of you agree to share them with your therapist.</source>
        <translation>İkiniz de notları terapistinizle paylaşmayı kabul etmedikçe notlar rapora girmez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes go into the report only when both of you tick your box</source>
        <translation>Notlar yalnızca ikiniz de kendi kutunuzu işaretlediğinizde rapora girer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report progress</source>
        <translation>Raporun ilerleyişi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report as PDF…</source>
        <translation>Raporu PDF olarak kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report as PDF</source>
        <translation>Raporu PDF olarak kaydet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks where to save, then makes the report for your therapist</source>
        <translation>Nereye kaydedileceğini sorar, ardından terapistiniz için raporu hazırlar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Days</source>
        <translation>Günler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Kâğıt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show initials instead of names ({first} and {second})</source>
        <translation>İsimler yerine baş harfleri göster ({first} ve {second})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes will be included: you both agreed.</source>
        <translation>Notlar eklenecek: ikiniz de kabul ettiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes stay out until you both agree.</source>
        <translation>İkiniz de kabul edene kadar notlar rapora girmez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes will be left out.</source>
        <translation>Notlar rapora eklenmeyecek.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the therapy report</source>
        <translation>Terapi raporunu kaydedin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gathering the days…</source>
        <translation>Günler toplanıyor…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drawing chart {number} of {total}…</source>
        <translation>Grafik çiziliyor ({number}/{total})…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the PDF…</source>
        <translation>PDF yazılıyor…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n pages, with notes; not encrypted</source>
        <translation>
            <numerusform>%n sayfa, notlarla birlikte; şifrelenmemiş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pages, without notes; not encrypted</source>
        <translation>
            <numerusform>%n sayfa, notlar olmadan; şifrelenmemiş</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../connectly/ui/pages/settings_security.py" line="+38"/>
        <source>Make a new recovery code? The old code stops working at once, so keep the new one somewhere safe.</source>
        <translation>Yeni bir kurtarma kodu oluşturulsun mu? Eski kod hemen çalışmaz olur; yenisini güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New recovery code</source>
        <translation>Yeni kurtarma kodu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase and recovery code</source>
        <translation>Parola ve kurtarma kodu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the diary opens</source>
        <translation>Günlüğün nasıl açıldığı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current passphrase</source>
        <translation>Mevcut parola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase the diary opens with now</source>
        <translation>Günlüğün şu anda açıldığı parola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters; a few words strung together work well</source>
        <translation>En az 8 karakter; birkaç kelimeyi art arda dizmek iyi işe yarar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new passphrase</source>
        <translation>Yeni parolayı tekrarlayın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new passphrase once more, to be sure it was typed as meant</source>
        <translation>Doğru yazıldığından emin olmak için yeni parola bir kez daha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase strength</source>
        <translation>Parolanın gücü</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>&amp;Change passphrase</source>
        <translation>Parolayı &amp;değiştir</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Change passphrase</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the current passphrase, then the diary opens with the new one</source>
        <translation>Mevcut parolayı denetler; ardından günlük yenisiyle açılır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new &amp;recovery code…</source>
        <translation>Yeni bir kurtarma kodu &amp;oluştur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery code</source>
        <translation>Yeni bir kurtarma kodu oluştur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+57"/>
        <source>A new code replaces the old one, which then stops working.</source>
        <translation>Yeni kod eskisinin yerini alır; eski kod artık çalışmaz.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+58"/>
        <source>It asks for the current passphrase above.</source>
        <translation>Bunun için yukarıdaki mevcut parola istenir.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Passphrase status</source>
        <translation>Parola durumu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Mevcut parola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase</source>
        <translation>Yeni &amp;parola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repea&amp;t</source>
        <translation>Tekra&amp;r</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add a passphrase</source>
        <translation>Parola &amp;ekle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You will be asked to confirm.</source>
        <translation>Onaylamanız istenecek.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This diary opens with the system keyring or your passphrase or the recovery code.</source>
        <translation>Bu günlük sistem anahtarlığıyla, parolanızla ya da kurtarma koduyla açılır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This diary opens with the system keyring or the recovery code.</source>
        <translation>Bu günlük sistem anahtarlığıyla ya da kurtarma koduyla açılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This diary opens with your passphrase or the recovery code.</source>
        <translation>Bu günlük parolanızla ya da kurtarma koduyla açılır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This diary opens with the recovery code.</source>
        <translation>Bu günlük kurtarma koduyla açılır.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The two new passphrases differ. Please type the same one twice.</source>
        <translation>İki yeni parola birbirinden farklı. Lütfen aynı parolayı iki kez yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your current passphrase first.</source>
        <translation>Önce mevcut parolanızı yazın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Bu, mevcut parola değil. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type your current passphrase first; it guards the recovery code.</source>
        <translation>Önce mevcut parolanızı yazın; kurtarma kodunu o korur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not the current passphrase. The recovery code was not changed.</source>
        <translation>Bu, mevcut parola değil. Kurtarma kodu değişmedi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Parola değişti. Bundan sonra yenisini kullanın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase added.</source>
        <translation>Parola eklendi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new recovery code was made; the old one no longer works.</source>
        <translation>Yeni bir kurtarma kodu oluşturuldu; eskisi artık çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../connectly/ui/pages/settings.py" line="+58"/>
        <source>Follow the system</source>
        <translation>Sisteme uy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the demo diary: changes vanish when it closes, and it has no passphrase or recovery code.</source>
        <translation>Bu bir deneme günlüğü: kapandığında değişiklikler kaybolur; parolası ya da kurtarma kodu yoktur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart Connectly to change the language.</source>
        <translation>Dilin değişmesi için Connectly’yi yeniden başlatın.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo diary notice</source>
        <translation>Deneme günlüğü bildirimi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first partner</source>
        <translation>birinci partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the second partner</source>
        <translation>ikinci partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save names and colours</source>
        <translation>Adları ve renkleri &amp;kaydet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind us each &amp;day at</source>
        <translation>Her gün şu saatte &amp;hatırlat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open folder</source>
        <translation>Klasörü &amp;aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Yedekler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the backups, back up now, or restore one</source>
        <translation>Yedekleri görün, şimdi yedekleyin ya da birini geri yükleyin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First partner’s name</source>
        <translation>Birinci partnerin adı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second partner’s name</source>
        <translation>İkinci partnerin adı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As it shows on Today, the charts and the report</source>
        <translation>Bugün sayfasında, grafiklerde ve raporda görüneceği gibi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save names and colours</source>
        <translation>Adları ve renkleri kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stores both names and colours in the diary</source>
        <translation>İki adı ve rengi günlüğe kaydeder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names status</source>
        <translation>Adların durumu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily reminder</source>
        <translation>Günlük hatırlatıcı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle nudge each day at the time next to it</source>
        <translation>Her gün, yanındaki saatte nazik bir hatırlatma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder time</source>
        <translation>Hatırlatma saati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours and minutes, 24-hour clock</source>
        <translation>Saat ve dakika, 24 saat biçiminde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes</source>
        <translation>Kaç dakika kullanılmayınca kilitlensin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary locks itself after this many minutes without use; 0 means never</source>
        <translation>Günlük bu kadar dakika kullanılmadığında kendini kilitler; 0, kilitlemenin kapalı olduğu anlamına gelir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark, or the same as the rest of your desktop</source>
        <translation>Açık, koyu ya da masaüstünüzün geri kalanıyla aynı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of Connectly&apos;s windows; a change shows after a restart</source>
        <translation>Connectly pencerelerinin dili; değişiklik yeniden başlatınca görünür</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language note</source>
        <translation>Dil notu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the diary lives</source>
        <translation>Günlüğün yeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Veri klasörünü aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder with the diary in the file manager</source>
        <translation>Günlüğün bulunduğu klasörü dosya yöneticisinde gösterir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>Diary health</source>
        <translation>Günlüğün durumu</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+2"/>
        <location line="+63"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>You two</source>
        <translation>Siz ikiniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First partner</source>
        <translation>&amp;Birinci partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;econd partner</source>
        <translation>İkin&amp;ci partner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminder, locking and look</source>
        <translation>Hatırlatıcı, kilitleme ve görünüm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder</source>
        <translation>Hatırlatıcı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock after</source>
        <translation>Ki&amp;litle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>without use (the screen lock locks it too)</source>
        <translation>kullanılmadığında (ekran kilidi de kilitler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where your diary lives</source>
        <translation>Günlüğünüzün yeri</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every setting on one page, in sections; it scrolls</source>
        <translation>Tüm ayarlar bölümler hâlinde tek sayfada; sayfa kaydırılabilir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added.</source>
        <translation>Eklendi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed.</source>
        <translation>Yeniden adlandırıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archived “{name}”.</source>
        <translation>“{name}” arşivlendi.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The demo diary has no passphrase or recovery code.</source>
        <translation>Deneme günlüğünün parolası ya da kurtarma kodu yoktur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo diary lives in a temporary folder and is removed when it closes.</source>
        <translation>Deneme günlüğü geçici bir klasörde durur ve kapandığında silinir.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Diary health: could not be checked just now.</source>
        <translation>Günlüğün durumu: şu anda denetlenemedi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok</source>
        <translation>sağlam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged</source>
        <translation>hasarlı</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Diary health: {state} · %Ln check-ins</source>
        <translation>
            <numerusform>Günlüğün durumu: {state} · %Ln kayıt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opens with</source>
        <translation>açılış yolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-ins</source>
        <translation>kayıtlar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../connectly/ui/pages/setup_steps.py" line="-276"/>
        <source>At least {count} characters, please. A few words strung together work well.</source>
        <translation>Lütfen en az {count} karakter kullanın. Birkaç kelimeyi art arda dizmek iyi işe yarar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair. A couple more words would make it much stronger.</source>
        <translation>Fena değil. Birkaç kelime daha onu çok daha güçlü yapar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good.</source>
        <translation>İyi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Güçlü.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../connectly/ui/pages/setup.py" line="+64"/>
        <source>Setup progress</source>
        <translation>Kurulumun ilerleyişi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the diary</source>
        <translation>Günlük oluşturuluyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectly is busy; this takes a moment</source>
        <translation>Connectly meşgul; bu biraz sürebilir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step before (Alt+B)</source>
        <translation>Önceki adım (Alt+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>&amp;Next</source>
        <translation>İ&amp;leri</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Step {step} of {total}</source>
        <translation>Adım {step}/{total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Create diary</source>
        <translation>Günlüğü &amp;oluştur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the encrypted diary with what you chose (Enter)</source>
        <translation>Seçtiklerinizle şifreli günlüğü oluşturur (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start using Connectly</source>
        <translation>Connectly’yi &amp;kullanmaya başla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the diary once the recovery code is saved (Enter)</source>
        <translation>Kurtarma kodu saklandıktan sonra günlüğü açar (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next step (Enter)</source>
        <translation>Sonraki adım (Enter)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creating your encrypted diary…</source>
        <translation>Şifreli günlüğünüz oluşturuluyor…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../connectly/ui/dialogs/export_common.py" line="+14"/>
        <source>Export status</source>
        <translation>Dışa aktarma durumu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the last export went; its link shows the file in its folder</source>
        <translation>Son dışa aktarmanın nasıl geçtiği; bağlantısı dosyayı klasöründe gösterir</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Saved {file}{detail}</source>
        <translation>{file}{detail} kaydedildi</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>show in folder</source>
        <translation>klasörde göster</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../connectly/ui/widgets/tags.py" line="+36"/>
        <source>Tag {name}</source>
        <translation>Etiket: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space chooses or unchooses it; arrow keys move between tags</source>
        <translation>Boşluk tuşu seçer ya da seçimi kaldırır; ok tuşları etiketler arasında gezinir</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location line="+26"/>
        <source>+ tag</source>
        <translation>+ etiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new tag</source>
        <translation>Yeni bir etiket ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a field for a tag that is not in the list yet</source>
        <translation>Listede henüz olmayan bir etiket için bir alan açar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new tag, then Enter</source>
        <translation>yeni etiket, sonra Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation>Yeni etiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the tag and press Enter to add it; Esc cancels</source>
        <translation>Etiketi yazın ve eklemek için Enter’a basın; Esc vazgeçer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
</context>
<context>
    <name>TagsSection</name>
    <message>
        <location filename="../../connectly/ui/pages/settings_tags.py" line="+67"/>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tags offered on a check-in; select one to rename or archive it</source>
        <translation>Kayıtlarda sunulan etiketler; yeniden adlandırmak ya da arşivlemek için birini seçin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag, e.g. “weekend”</source>
        <translation>Bir etiket, ör. “hafta sonu”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag name</source>
        <translation>Etiket adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new tag, or the new name for the selected one</source>
        <translation>Yeni bir etiket ya da seçilen etiketin yeni adı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tag</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the tag typed in the field</source>
        <translation>Alana yazılan etiketi ekler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name selected</source>
        <translation>Seçileni yeniden adla&amp;ndır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected tag</source>
        <translation>Seçilen etiketi yeniden adlandır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gives the selected tag the name typed in the field; past check-ins follow</source>
        <translation>Seçilen etikete alana yazılan adı verir; geçmiş kayıtlar da güncellenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arc&amp;hive selected</source>
        <translation>Seçileni arşi&amp;vle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive the selected tag</source>
        <translation>Seçilen etiketi arşivle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Archived tags leave the check-in form; past check-ins keep them.</source>
        <translation>Arşivlenen etiketler kayıt formundan kalkar; geçmiş kayıtlar onları korur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag status</source>
        <translation>Etiket durumu</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../connectly/ui/pages/today.py" line="+61"/>
        <source>Three numbers each, a tag or a note if you like. There are no right answers.</source>
        <translation>Her biriniz için üç sayı; isterseniz bir etiket ya da not. Doğru cevap yok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day of the check-in</source>
        <translation>Kaydın günü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, or a past day to fill in afterwards</source>
        <translation>Bugün ya da sonradan doldurulacak geçmiş bir gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a past day to fill it in afterwards</source>
        <translation>Sonradan doldurmak için geçmiş bir gün seçin</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Back to today</source>
        <translation>Bugüne dön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show today&apos;s check-ins again</source>
        <translation>Bugünün kayıtlarını yeniden gösterir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Gün</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The diary is locked.</source>
        <translation>Günlük kilitli.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>How was today?</source>
        <translation>Bugün nasıldı?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How was yesterday?</source>
        <translation>Dün nasıldı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was {day}?</source>
        <translation>{day} nasıldı?</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The check-in could not be saved. Nothing was changed; please try again.</source>
        <translation>Kayıt kaydedilemedi. Hiçbir şey değişmedi; lütfen yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../connectly/ui/undo_commands.py" line="+142"/>
        <source>Delete check-in of {day}</source>
        <translation>{day} tarihli kaydın silinmesi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit check-in of {day}</source>
        <translation>{day} tarihli kaydın düzenlenmesi</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../connectly/ui/pages/unlock.py" line="+37"/>
        <source>The system keyring didn’t give us the key — type your passphrase or recovery code.</source>
        <translation>Sistem anahtarlığı anahtarı vermedi — parolanızı ya da kurtarma kodunuzu yazın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring didn’t give us the key — type your recovery code.</source>
        <translation>Sistem anahtarlığı anahtarı vermedi — kurtarma kodunuzu yazın.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+70"/>
        <source>Welcome back</source>
        <translation>Yeniden hoş geldiniz</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>What to type</source>
        <translation>Ne yazılacağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>&amp;Passphrase or recovery code</source>
        <translation>&amp;Parola ya da kurtarma kodu</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Passphrase or recovery code</source>
        <translation>Parola ya da kurtarma kodu</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+170"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the diary with what you typed (Enter)</source>
        <translation>Yazdığınızla günlüğü açar (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the system &amp;keyring</source>
        <translation>Sistem &amp;anahtarlığını kullan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with the system keyring</source>
        <translation>Sistem anahtarlığıyla kilidi aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the keyring for the key again, for example after unlocking the keyring itself</source>
        <translation>Anahtarı anahtarlıktan yeniden ister; örneğin anahtarlığın kilidini açtıktan sonra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Yedekten geri yükle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup</source>
        <translation>Yedekten geri yükle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup to bring the diary back to that day</source>
        <translation>Günlüğü o güne döndürmek için bir yedek seçin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocking</source>
        <translation>Kilit açılıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectly is busy; this takes a moment</source>
        <translation>Connectly meşgul; bu biraz sürebilir</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The diary is locked</source>
        <translation>Günlük kilitli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock with the system keyring, or type your passphrase or recovery code.</source>
        <translation>Sistem anahtarlığıyla kilidi açın ya da parolanızı veya kurtarma kodunuzu yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase or recovery code to open the diary.</source>
        <translation>Günlüğü açmak için parolanızı ya da kurtarma kodunuzu yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery code</source>
        <translation>Kurtarma k&amp;odu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Kurtarma kodu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock with the system keyring, or type your recovery code.</source>
        <translation>Sistem anahtarlığıyla kilidi açın ya da kurtarma kodunuzu yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your recovery code to open the diary.</source>
        <translation>Günlüğü açmak için kurtarma kodunuzu yazın.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type your passphrase or recovery code first.</source>
        <translation>Önce parolanızı ya da kurtarma kodunuzu yazın.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Unlocking…</source>
        <translation>Kilit açılıyor…</translation>
    </message>
</context>
</TS>
