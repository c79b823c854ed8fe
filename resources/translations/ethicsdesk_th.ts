<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>ActivityEditor</name>
    <message>
        <source>One indicator per line</source>
        <translation>หนึ่งบรรทัดต่อหนึ่งตัวชี้วัด</translation>
    </message>
    <message>
        <source>What is due (optional)</source>
        <translation>สิ่งที่ต้องส่งหรือทำ (ถ้ามี)</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>เพิ่มหมุดหมาย</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>ลบหมุดหมาย</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อกิจกรรม</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>ระยะเวลาดำเนินงาน</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>หน่วยงานที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <source>Select an activity in the timeline.</source>
        <translation>เลือกกิจกรรมในตารางเวลา</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>กิจกรรมข้อ {number}</translation>
    </message>
    <message>
        <source>{amount} baht</source>
        <translation>{amount} บาท</translation>
    </message>
    <message>
        <source>Uses the same budget line as activity {n}</source>
        <translation>ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ {n}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ไม่ได้ระบุ)</translation>
    </message>
    <message>
        <source>Rename an activity</source>
        <translation>แก้ไขชื่อกิจกรรม</translation>
    </message>
    <message>
        <source>Change an activity&apos;s remark</source>
        <translation>แก้ไขหมายเหตุของกิจกรรม</translation>
    </message>
    <message>
        <source>Change an activity&apos;s objective</source>
        <translation>แก้ไขวัตถุประสงค์ของกิจกรรม</translation>
    </message>
    <message>
        <source>Change an activity&apos;s indicators</source>
        <translation>แก้ไขตัวชี้วัดของกิจกรรม</translation>
    </message>
    <message>
        <source>Change the responsible unit</source>
        <translation>แก้ไขหน่วยงานที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Toggle a quarter</source>
        <translation>สลับไตรมาสที่ดำเนินงาน</translation>
    </message>
    <message>
        <source>Enter the date of the milestone first.</source>
        <translation>กรุณาระบุวันที่ของหมุดหมายก่อน</translation>
    </message>
    <message>
        <source>Add a milestone</source>
        <translation>เพิ่มหมุดหมาย</translation>
    </message>
    <message>
        <source>Remove a milestone</source>
        <translation>ลบหมุดหมาย</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติ</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Add item</source>
        <translation>เพิ่มเรื่อง</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>เพิ่มเรื่องย่อย</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>ย่อหน้าเข้า</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>ย่อหน้าออก</translation>
    </message>
    <message>
        <source>Move up among its siblings (Alt+Up)</source>
        <translation>เลื่อนขึ้นในระดับเดียวกัน (Alt+ลูกศรขึ้น)</translation>
    </message>
    <message>
        <source>Move down among its siblings (Alt+Down)</source>
        <translation>เลื่อนลงในระดับเดียวกัน (Alt+ลูกศรลง)</translation>
    </message>
    <message>
        <source>Make it a sub-item of the item above</source>
        <translation>ทำให้เป็นเรื่องย่อยของเรื่องข้างบน</translation>
    </message>
    <message>
        <source>Make it an item of the level above</source>
        <translation>ยกขึ้นเป็นเรื่องในระดับที่สูงกว่า</translation>
    </message>
    <message>
        <source>New sub-item</source>
        <translation>เรื่องย่อยใหม่</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>เรื่องใหม่</translation>
    </message>
    <message>
        <source>Add a sub-item</source>
        <translation>เพิ่มเรื่องย่อย</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>เพิ่มเรื่อง</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>ลบเรื่อง</translation>
    </message>
    <message>
        <source>Move an item</source>
        <translation>เลื่อนเรื่อง</translation>
    </message>
    <message>
        <source>Indent an item</source>
        <translation>ย่อหน้าเรื่องเข้า</translation>
    </message>
    <message>
        <source>Outdent an item</source>
        <translation>ย่อหน้าเรื่องออก</translation>
    </message>
</context>
<context>
    <name>AmendmentsModel</name>
    <message>
        <source>No.</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Amended on</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>ปิดการแก้ไขเมื่อ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ยังเปิดอยู่</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>มาประชุม</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ผ่านสื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>ผู้มาประชุมแทน</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>เหตุที่ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Attendance not recorded yet</source>
        <translation>ยังไม่ได้บันทึกการมาประชุม</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Mark the unrecorded seats present</source>
        <translation>บันทึกว่าที่นั่งที่ยังไม่ได้บันทึกมาประชุม</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>เพิ่มผู้เข้าร่วมประชุม…</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>ลบผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Also attending (no seat)</source>
        <translation>ผู้เข้าร่วมประชุม (ไม่ใช่กรรมการ)</translation>
    </message>
    <message>
        <source>Quorum present: {present} of {members} seats (at least {required} needed)</source>
        <translation>ครบองค์ประชุม: มาประชุม {present} จาก {members} ที่นั่ง (ต้องมีอย่างน้อย {required})</translation>
    </message>
    <message>
        <source>No quorum: {present} of {members} seats (at least {required} needed)</source>
        <translation>ไม่ครบองค์ประชุม: มาประชุม {present} จาก {members} ที่นั่ง (ต้องมีอย่างน้อย {required})</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>บันทึกว่ามาประชุม</translation>
    </message>
    <message>
        <source>Mark present online</source>
        <translation>บันทึกว่ามาประชุมผ่านสื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>บันทึกว่าไม่มาประชุม</translation>
    </message>
    <message>
        <source>Change online attendance</source>
        <translation>แก้ไขการเข้าร่วมผ่านสื่ออิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Change the position as printed</source>
        <translation>แก้ไขตำแหน่งที่พิมพ์ในรายงาน</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>เพิ่มผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Position as printed</source>
        <translation>ตำแหน่งที่พิมพ์ในรายงาน</translation>
    </message>
    <message>
        <source>Remove a participant</source>
        <translation>ลบผู้เข้าร่วมประชุม</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>แก้ไขครั้งที่</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>เดิม</translation>
    </message>
    <message>
        <source>After</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Added {thing}</source>
        <translation>เพิ่ม{thing}</translation>
    </message>
    <message>
        <source>Changed {thing}</source>
        <translation>แก้ไข{thing}</translation>
    </message>
    <message>
        <source>Removed {thing}</source>
        <translation>ลบ{thing}</translation>
    </message>
    <message>
        <source>Amendment opened</source>
        <translation>เปิดการแก้ไขรายงาน</translation>
    </message>
    <message>
        <source>Amendment withdrawn</source>
        <translation>ถอนการแก้ไขรายงาน</translation>
    </message>
    <message>
        <source>Amendment finished</source>
        <translation>ปิดการแก้ไขรายงาน</translation>
    </message>
    <message>
        <source>Amendment reopened</source>
        <translation>เปิดการแก้ไขรายงานอีกครั้ง</translation>
    </message>
    <message>
        <source>Amendment changed</source>
        <translation>เปลี่ยนรายละเอียดการแก้ไขรายงาน</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Backup taken</source>
        <translation>สำรองไว้เมื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Bold</source>
        <translation>ตัวหนา</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>ตัวเอียง</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>ขีดเส้นใต้</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>รายการ ๑.</translation>
    </message>
    <message>
        <source>1) List</source>
        <translation>รายการ ๑)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>รายการ •</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>ย่อหน้าธรรมดา</translation>
    </message>
    <message>
        <source>Deeper</source>
        <translation>ลึกลงหนึ่งระดับ</translation>
    </message>
    <message>
        <source>Shallower</source>
        <translation>ขึ้นหนึ่งระดับ</translation>
    </message>
    <message>
        <source>[Table: {rows} rows — kept as it is]</source>
        <translation>[ตาราง {rows} แถว — คงไว้ตามเดิม]</translation>
    </message>
    <message>
        <source>[The roster appointed by order {order}]</source>
        <translation>[รายชื่อคณะกรรมการตามคำสั่งที่ {order}]</translation>
    </message>
    <message>
        <source>[The committee&apos;s duties]</source>
        <translation>[อำนาจหน้าที่ของคณะกรรมการ]</translation>
    </message>
    <message>
        <source>[The target virtues of {year}]</source>
        <translation>[คุณธรรมเป้าหมาย ปีงบประมาณ {year}]</translation>
    </message>
    <message>
        <source>[Action plan {year}, version {version}]</source>
        <translation>[แผนปฏิบัติการ ปีงบประมาณ {year} ฉบับที่ {version}]</translation>
    </message>
    <message>
        <source>This part is kept as it is; delete the line to remove it.</source>
        <translation>ส่วนนี้คงไว้ตามเดิม หากไม่ต้องการให้ลบทั้งบรรทัด</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>n/a (no budget needed)</source>
        <translation>ไม่ใช้งบประมาณ (n/a)</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>No.</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Shared with activity {n}</source>
        <translation>ใช้งบร่วมกับข้อ {n}</translation>
    </message>
    <message>
        <source>Uses the same budget line as activity {n}</source>
        <translation>ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ {n}</translation>
    </message>
    <message>
        <source>Approach {number}: {title}</source>
        <translation>แนวทางการพัฒนาที่ {number} {title}</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Find an activity (Ctrl+F)</source>
        <extracomment>&quot;ข้อ 12&quot;, &quot;#12&quot;, &quot;=12&quot;, &quot;shared 12&quot;: the budget line of activity 12.</extracomment>
        <translation>ค้นหากิจกรรม (Ctrl+F)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Shares the budget line of activity…</source>
        <translation>ใช้งบประมาณร่วมกับกิจกรรม…</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ไม่ได้ระบุ)</translation>
    </message>
    <message>
        <source>Budget of the selected activity</source>
        <translation>งบประมาณของกิจกรรมที่เลือก</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <source>Budget by approach</source>
        <translation>งบประมาณตามแนวทางการพัฒนา</translation>
    </message>
    <message>
        <source>Approach {number}</source>
        <translation>แนวทางที่ {number}</translation>
    </message>
    <message>
        <source>No action plan yet: create one in the Action plan tab.</source>
        <translation>ยังไม่มีแผนปฏิบัติการ สร้างได้ที่แท็บแผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Total {count} activities: {amount} baht</source>
        <translation>รวม {count} กิจกรรม งบประมาณ {amount} บาท</translation>
    </message>
    <message>
        <source>Total printed in the plan: {amount} baht</source>
        <translation>ยอดรวมที่ระบุไว้ในแผน {amount} บาท</translation>
    </message>
    <message>
        <source>Activity {n}</source>
        <translation>กิจกรรมข้อ {n}</translation>
    </message>
    <message>
        <source>Change the budget of activity {n}</source>
        <translation>แก้ไขงบประมาณของกิจกรรมข้อ {n}</translation>
    </message>
</context>
<context>
    <name>CertificationBar</name>
    <message>
        <source>Certify…</source>
        <translation>รับรองรายงาน…</translation>
    </message>
    <message>
        <source>Record that the committee certified these minutes</source>
        <translation>บันทึกว่าที่ประชุมรับรองรายงานการประชุมนี้แล้ว</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>บันทึกการแก้ไข…</translation>
    </message>
    <message>
        <source>Correct certified minutes, with the reason recorded</source>
        <translation>แก้ไขรายงานการประชุมที่รับรองแล้ว โดยบันทึกเหตุผลไว้</translation>
    </message>
    <message>
        <source>Finish amendment</source>
        <translation>ปิดการแก้ไข</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>ประวัติการแก้ไข…</translation>
    </message>
    <message>
        <source>Every recorded change of these minutes and their amendments</source>
        <translation>การเปลี่ยนแปลงทุกรายการของรายงานการประชุมนี้และการแก้ไขหลังรับรอง</translation>
    </message>
    <message>
        <source>Sign and save PDF…</source>
        <translation>ลงนามและบันทึก PDF…</translation>
    </message>
    <message>
        <source>Sign the certified minutes with your key (.p12), as a PDF</source>
        <translation>ลงนามรายงานการประชุมที่รับรองแล้วด้วยกุญแจของท่าน (.p12) เป็นแฟ้ม PDF</translation>
    </message>
    <message>
        <source>Signatures…</source>
        <translation>ลายมือชื่อ…</translation>
    </message>
    <message>
        <source>Check the digital signatures of a PDF</source>
        <translation>ตรวจลายมือชื่อดิจิทัลของแฟ้ม PDF</translation>
    </message>
    <message>
        <source>These minutes were certified on {date} and are kept as certified. To correct them, choose Amend… and give the reason; every change is then recorded in their history.</source>
        <translation>รายงานการประชุมนี้รับรองแล้วเมื่อวันที่ {date} และเก็บไว้ตามที่รับรอง หากต้องแก้ไข ให้เลือก «บันทึกการแก้ไข…» และระบุเหตุผล การเปลี่ยนแปลงทุกรายการจะถูกบันทึกไว้ในประวัติ</translation>
    </message>
    <message>
        <source>Amendment of {date} open: {reason}. Changes made now are recorded as part of it; choose Finish amendment when the corrections are done.</source>
        <translation>กำลังแก้ไขรายงาน (ลงวันที่ {date}) เหตุผล: {reason} การเปลี่ยนแปลงที่ทำตอนนี้จะบันทึกเป็นส่วนหนึ่งของการแก้ไขนี้ เมื่อแก้เสร็จแล้วให้เลือก «ปิดการแก้ไข»</translation>
    </message>
    <message>
        <source>Certify the minutes</source>
        <translation>รับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>Usually at the next meeting. Once certified, the minutes change only through an amendment with its reason; certifying cannot be undone.</source>
        <translation>โดยปกติรับรองในการประชุมครั้งถัดไป เมื่อรับรองแล้ว จะแก้ไขรายงานได้เฉพาะโดยบันทึกการแก้ไขพร้อมเหตุผล และย้อนการรับรองไม่ได้</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translation>วันที่รับรอง</translation>
    </message>
    <message>
        <source>Amend certified minutes</source>
        <translation>บันทึกการแก้ไขรายงานที่รับรองแล้ว</translation>
    </message>
    <message>
        <source>e.g. the committee corrected the resolution of item 3 at its next meeting</source>
        <translation>เช่น ที่ประชุมครั้งถัดไปแก้ไขมติในระเบียบวาระที่ ๓</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Amended on</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Finish the amendment</source>
        <translation>ปิดการแก้ไขรายงาน</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรมข้อ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ตัดออก</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>แก้ไขชื่อ</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>เปลี่ยนลำดับ</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
</context>
<context>
    <name>CommitteePanel</name>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Substitutes count towards the quorum</source>
        <translation>นับผู้มาประชุมแทนเป็นองค์ประชุม</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Add order…</source>
        <translation>เพิ่มคำสั่ง…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Edit duties…</source>
        <translation>แก้ไขอำนาจหน้าที่…</translation>
    </message>
    <message>
        <source>Appointment orders</source>
        <translation>คำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>อำนาจหน้าที่</translation>
    </message>
    <message>
        <source>Rename the committee</source>
        <translation>แก้ไขชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <source>Change the quorum rule</source>
        <translation>แก้ไขหลักการนับองค์ประชุม</translation>
    </message>
    <message>
        <source>Add an appointment order</source>
        <translation>เพิ่มคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Edit the appointment order</source>
        <translation>แก้ไขคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Remove the appointment order</source>
        <translation>ลบคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Edit the duties</source>
        <translation>แก้ไขอำนาจหน้าที่</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare plan versions</source>
        <translation>เปรียบเทียบฉบับของแผน</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>จากฉบับที่</translation>
    </message>
    <message>
        <source>to version</source>
        <translation>เป็นฉบับที่</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>การเปลี่ยนแปลง {n} รายการ</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Internal error ({kind}); saved work is safe. Details in {log}</source>
        <extracomment>Topics a tab listens to; an edit names those whose data it changed. The open workspace&apos;s services; set by ``attach`` (the window may be shown before the file is open). How often a server workspace is asked whether someone else changed it (one indexed query).</extracomment>
        <translation>เกิดข้อผิดพลาดภายในโปรแกรม ({kind}) งานที่บันทึกแล้วไม่สูญหาย รายละเอียดอยู่ที่ {log}</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <extracomment>Where the edit was made (the tab, its sub-tabs, the selected rows): undo and redo go back there.</extracomment>
        <translation>ทำซ้ำแล้ว: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>เลิกทำแล้ว: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>บันทึกแล้ว: {0}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Not restored</source>
        <extracomment>For screenshots only: a folder to save a picture of every tab into, then quit.</extracomment>
        <translation>ยังไม่ได้กู้คืน</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>กู้คืนแล้ว</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>ส่งออกข้อมูลไปที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
</context>
<context>
    <name>DissentModel</name>
    <message>
        <source>By</source>
        <translation>ผู้แสดงความเห็น</translation>
    </message>
    <message>
        <source>Dissenting opinion</source>
        <translation>ความเห็นแย้ง</translation>
    </message>
</context>
<context>
    <name>DutiesDialog</name>
    <message>
        <source>Duties of the committee</source>
        <translation>อำนาจหน้าที่ของคณะกรรมการ</translation>
    </message>
    <message>
        <source>One duty per line</source>
        <translation>บรรทัดละหนึ่งข้อ</translation>
    </message>
</context>
<context>
    <name>DutiesModel</name>
    <message>
        <source>No.</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>อำนาจหน้าที่</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>EthicsDesk</source>
        <translation>EthicsDesk</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>«{name}» is already open</source>
        <translation>แฟ้ม «{name}» เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>เข้าใช้แทน…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and print, but not change anything.</source>
        <translation>แบบอ่านอย่างเดียว: ดูและพิมพ์ได้ทุกอย่าง แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>The lock is old: EthicsDesk may have closed abnormally on that PC.</source>
        <translation>การล็อกนี้ค้างมานานแล้ว โปรแกรม EthicsDesk บนเครื่องนั้นอาจปิดไม่ปกติ</translation>
    </message>
    <message>
        <source>The file is in use</source>
        <translation>แฟ้มกำลังถูกใช้งาน</translation>
    </message>
    <message>
        <source>the user {user} on the PC {host}</source>
        <translation>ผู้ใช้ {user} บนเครื่อง {host}</translation>
    </message>
    <message>
        <source>another EthicsDesk</source>
        <translation>โปรแกรม EthicsDesk อีกตัวหนึ่ง</translation>
    </message>
    <message>
        <source>Take over the file</source>
        <translation>เข้าใช้แฟ้มแทน</translation>
    </message>
    <message>
        <source>Take over «{name}» from {who}?</source>
        <translation>จะเข้าใช้แฟ้ม «{name}» แทน{who}หรือไม่</translation>
    </message>
    <message>
        <source>Only if you are sure EthicsDesk no longer runs there (for example it crashed or the PC was switched off). If it still runs there, the changes made there may be lost.</source>
        <translation>ทำเฉพาะเมื่อแน่ใจว่าโปรแกรม EthicsDesk ไม่ได้ทำงานอยู่ที่นั่นแล้ว (เช่น โปรแกรมหยุดทำงานกะทันหัน หรือปิดเครื่องไปแล้ว) หากยังทำงานอยู่ การแก้ไขที่ทำบนเครื่องนั้นอาจสูญหาย</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>เข้าใช้แทน</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>เปิดแฟ้มไม่ได้</translation>
    </message>
    <message>
        <source>No usable backup of this file was found in {folder}.</source>
        <translation>ไม่พบสำเนาสำรองที่ใช้ได้ของแฟ้มนี้ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Restore it? The damaged file is not deleted: it is kept beside it as «{name}.damaged-…».</source>
        <translation>สำเนาสำรองที่ใช้ได้ล่าสุดคือเมื่อ {when} ต้องการกู้คืนหรือไม่ แฟ้มที่เสียหายจะไม่ถูกลบ แต่จะเก็บไว้ข้าง ๆ ในชื่อ «{name}.damaged-…»</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>สำรองแฟ้มไว้ที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>FormChangesModel</name>
    <message>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ในแฟ้มข้อมูลขณะนี้</translation>
    </message>
    <message>
        <source>From the form</source>
        <translation>ตามแบบรายงาน</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>OK</source>
        <extracomment>Applies the dialog&apos;s values; returns the refusal, or None when the edit was made.</extracomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เริ่มประชุมเวลา</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>เลิกประชุมเวลา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ณ</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Recorder&apos;s position as printed</source>
        <translation>ตำแหน่งของผู้จดรายงานตามที่พิมพ์</translation>
    </message>
    <message>
        <source>Change the meeting number</source>
        <translation>แก้ไขครั้งที่ของการประชุม</translation>
    </message>
    <message>
        <source>Change the meeting year</source>
        <translation>แก้ไขปีของการประชุม</translation>
    </message>
    <message>
        <source>Change the meeting date</source>
        <translation>แก้ไขวันประชุม</translation>
    </message>
    <message>
        <source>Change the start time</source>
        <translation>แก้ไขเวลาเริ่มประชุม</translation>
    </message>
    <message>
        <source>Change the end time</source>
        <translation>แก้ไขเวลาเลิกประชุม</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>แก้ไขสถานที่ประชุม</translation>
    </message>
    <message>
        <source>Change the recorder</source>
        <translation>แก้ไขผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Change the recorder&apos;s position</source>
        <translation>แก้ไขตำแหน่งของผู้จดรายงาน</translation>
    </message>
    <message>
        <source>Note: the date is not in the year {year} of the meeting number.</source>
        <translation>หมายเหตุ: วันประชุมไม่อยู่ในปี พ.ศ. {year} ตามครั้งที่ของการประชุม</translation>
    </message>
    <message>
        <source>Change the status of the minutes</source>
        <translation>แก้ไขสถานะของรายงานการประชุม</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>the meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>an attendance line</source>
        <translation>รายชื่อผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>a dissenting opinion</source>
        <translation>ความเห็นแย้ง</translation>
    </message>
    <message>
        <source>an amendment</source>
        <translation>การแก้ไขรายงาน</translation>
    </message>
    <message>
        <source>number</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>เวลาเริ่มประชุม</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>เวลาเลิกประชุม</translation>
    </message>
    <message>
        <source>place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>certified on</source>
        <translation>วันที่รับรอง</translation>
    </message>
    <message>
        <source>opening text</source>
        <translation>ข้อความเปิดประชุม</translation>
    </message>
    <message>
        <source>recorder</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>recorder&apos;s position</source>
        <translation>ตำแหน่งผู้จดรายงาน</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <source>reviewer&apos;s position</source>
        <translation>ตำแหน่งผู้ตรวจรายงาน</translation>
    </message>
    <message>
        <source>title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>resolution heading</source>
        <translation>หัวข้อมติ</translation>
    </message>
    <message>
        <source>resolution text</source>
        <translation>ข้อความมติ</translation>
    </message>
    <message>
        <source>present or absent</source>
        <translation>มาหรือไม่มาประชุม</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ประชุมออนไลน์</translation>
    </message>
    <message>
        <source>reason for absence</source>
        <translation>เหตุที่ไม่มาประชุม</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>ผู้มาแทน</translation>
    </message>
    <message>
        <source>person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>ปิดการแก้ไข</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the minutes of meeting {label}</source>
        <translation>ประวัติการแก้ไขรายงานการประชุมครั้งที่ {label}</translation>
    </message>
    <message>
        <source>No change has been recorded for these minutes yet.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลงที่บันทึกไว้สำหรับรายงานการประชุมนี้</translation>
    </message>
    <message>
        <source>Amendments (corrections of the certified minutes)</source>
        <translation>การแก้ไขรายงานการประชุมหลังรับรอง</translation>
    </message>
    <message>
        <source>Frozen copies of the certified minutes (they print from the newest)</source>
        <translation>สำเนารายงานการประชุมที่รับรองแล้ว (พิมพ์จากฉบับล่าสุด)</translation>
    </message>
    <message>
        <source>Recorded changes, newest first</source>
        <translation>การเปลี่ยนแปลงที่บันทึกไว้ (ล่าสุดอยู่บนสุด)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Meeting</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>การมาประชุม</translation>
    </message>
    <message>
        <source>(sent a substitute)</source>
        <translation>(มีผู้มาประชุมแทน)</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>(no resolution)</source>
        <translation>(ไม่มีมติ)</translation>
    </message>
    <message>
        <source>The resolution as written (empty: the kind&apos;s own word)</source>
        <translation>ข้อความมติ (เว้นว่างไว้เพื่อใช้คำตามชนิดของมติ)</translation>
    </message>
    <message>
        <source>Add dissenting opinion…</source>
        <translation>เพิ่มความเห็นแย้ง…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Save the resolution text</source>
        <translation>บันทึกข้อความมติ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>Kind / heading</source>
        <translation>ชนิด / คำขึ้นต้น</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>ความเห็นแย้ง</translation>
    </message>
    <message>
        <source>Rename an agenda item</source>
        <translation>แก้ไขชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Edit the text of an agenda item</source>
        <translation>แก้ไขเนื้อหาของเรื่อง</translation>
    </message>
    <message>
        <source>Record the resolution</source>
        <translation>บันทึกมติ</translation>
    </message>
    <message>
        <source>Dissenting opinion</source>
        <translation>ความเห็นแย้ง</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ผู้แสดงความเห็น</translation>
    </message>
    <message>
        <source>Opinion and its reasons</source>
        <translation>ความเห็นและเหตุผล</translation>
    </message>
    <message>
        <source>Record a dissenting opinion</source>
        <translation>บันทึกความเห็นแย้ง</translation>
    </message>
    <message>
        <source>Remove a dissenting opinion</source>
        <translation>ลบความเห็นแย้ง</translation>
    </message>
</context>
<context>
    <name>LazySlot</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>กำลังเปิดแฟ้มข้อมูล…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;1 Roster</source>
        <translation>&amp;1 ทำเนียบ</translation>
    </message>
    <message>
        <source>&amp;2 Meetings</source>
        <translation>&amp;2 การประชุม</translation>
    </message>
    <message>
        <source>&amp;3 Action plan</source>
        <translation>&amp;3 แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>&amp;4 Budget</source>
        <translation>&amp;4 งบประมาณ</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>สร้างแฟ้มข้อมูลใหม่… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>เปิดแฟ้มข้อมูล… (&amp;O)</translation>
    </message>
    <message>
        <source>Open a database on a &amp;server…</source>
        <translation>เปิดฐานข้อมูลบนเซิร์ฟเวอร์… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>สำรองแฟ้มเดี๋ยวนี้ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>กู้คืนจากสำเนาสำรอง… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>นำเข้า JSON… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>ส่งออก JSON… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print minutes…</source>
        <translation>พิมพ์รายงานการประชุม… (&amp;P)</translation>
    </message>
    <message>
        <source>Print the action &amp;plan…</source>
        <translation>พิมพ์แผนปฏิบัติการ… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ค้นหา (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>ทำเนียบ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>คู่มือการใช้งาน (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นลัด (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About EthicsDesk</source>
        <translation>เกี่ยวกับ EthicsDesk (&amp;A)</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>เลิกทำ: {0}</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>ทำซ้ำ: {0}</translation>
    </message>
    <message>
        <source>EthicsDesk</source>
        <translation>EthicsDesk</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>เปิดแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>แฟ้มข้อมูล (*.sqlite)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>นำเข้า JSON</translation>
    </message>
    <message>
        <source>EthicsDesk JSON (*.json)</source>
        <translation>แฟ้ม JSON ของ EthicsDesk (*.json)</translation>
    </message>
    <message>
        <source>New workspace for the imported records</source>
        <translation>แฟ้มข้อมูลใหม่สำหรับข้อมูลที่นำเข้า</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>ส่งออก JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>แฟ้ม JSON (*.json)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>คู่มือการใช้งาน</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>ใช้ได้ทั่วทั้งหน้าต่าง</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นลัด</translation>
    </message>
    <message>
        <source>About EthicsDesk</source>
        <translation>เกี่ยวกับ EthicsDesk</translation>
    </message>
    <message>
        <source>EthicsDesk {version}
Records and Thai minutes for a committee&apos;s secretariat.
Qt {qt}</source>
        <translation>EthicsDesk {version}
ระบบบันทึกข้อมูลและจัดทำรายงานการประชุมสำหรับฝ่ายเลขานุการคณะกรรมการ
Qt {qt}</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Meeting</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Find a meeting (Ctrl+F)</source>
        <translation>ค้นหาการประชุม (Ctrl+F)</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>การประชุมใหม่…</translation>
    </message>
    <message>
        <source>Next meeting from this one…</source>
        <translation>การประชุมครั้งถัดไปจากครั้งนี้…</translation>
    </message>
    <message>
        <source>A new meeting with the roster as attendance, the six standard items, and item 2 certifying this one</source>
        <translation>สร้างการประชุมครั้งใหม่ โดยนำรายชื่อกรรมการมาเป็นผู้มาประชุม มีระเบียบวาระมาตรฐาน ๖ วาระ และวาระที่ ๒ รับรองรายงานการประชุมครั้งนี้</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>ผู้มาประชุม</translation>
    </message>
    <message>
        <source>Agenda and resolutions</source>
        <translation>ระเบียบวาระและมติ</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>การประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันประชุม</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เริ่มประชุมเวลา</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ณ</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>แฟ้มข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>แฟ้ม</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>แฟ้มข้อมูล (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Edit appointment order</source>
        <translation>แก้ไขคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>New appointment order</source>
        <translation>คำสั่งแต่งตั้งใหม่</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>เลขที่คำสั่ง</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>ผู้ออกคำสั่ง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>คำสั่งที่</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position as printed</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ผ่านสื่ออิเล็กทรอนิกส์</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <source>(nobody)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>แก้ไขข้อมูลบุคคล</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>New action plan</source>
        <translation>แผนปฏิบัติการใหม่</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Create an action plan</source>
        <translation>สร้างแผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>New version of the plan</source>
        <translation>ฉบับใหม่ของแผน</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ชื่อฉบับ</translation>
    </message>
    <message>
        <source>Make a new version of the plan</source>
        <translation>สร้างฉบับใหม่ของแผน</translation>
    </message>
    <message>
        <source>New development approach</source>
        <translation>แนวทางการพัฒนาใหม่</translation>
    </message>
    <message>
        <source>Add a development approach</source>
        <translation>เพิ่มแนวทางการพัฒนา</translation>
    </message>
    <message>
        <source>Add a development approach first.</source>
        <translation>กรุณาเพิ่มแนวทางการพัฒนาก่อน</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
        <source>Remove an activity</source>
        <translation>ลบกิจกรรม</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Months</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>Show months instead of quarters</source>
        <translation>แสดงเป็นรายเดือนแทนรายไตรมาส</translation>
    </message>
    <message>
        <source>Find an activity (Ctrl+F)</source>
        <translation>ค้นหากิจกรรม (Ctrl+F)</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>แผนใหม่…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>ฉบับใหม่…</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>เปรียบเทียบฉบับ…</translation>
    </message>
    <message>
        <source>Add approach…</source>
        <translation>เพิ่มแนวทาง…</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>ลบกิจกรรม</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Toggle a quarter</source>
        <translation>สลับไตรมาสที่ดำเนินงาน</translation>
    </message>
    <message>
        <source>Change the quarters of an activity</source>
        <translation>แก้ไขระยะเวลาดำเนินงานของกิจกรรม</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview: {title}</source>
        <extracomment>Pages are drawn for the printer at this resolution at most (an A4 page at 300 dpi is 35 MB in memory).</extracomment>
        <translation>ตัวอย่างก่อนพิมพ์: {title}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็นแฟ้ม…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>ขยาย (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>ย่อ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>เปิดด้วยโปรแกรมอ่าน PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} หน้า</translation>
    </message>
    <message>
        <source>The document could not be shown; it is kept in {path}</source>
        <translation>แสดงเอกสารไม่ได้ เอกสารเก็บไว้ที่ {path}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>พิมพ์{title}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>เริ่มการพิมพ์ที่เครื่องพิมพ์ไม่ได้</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็นแฟ้ม PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>บันทึกไว้ที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing</source>
        <extracomment>kind -&gt; (module, function) expected from the PDF package.</extracomment>
        <translation>การพิมพ์</translation>
    </message>
    <message>
        <source>Printing is not available yet.</source>
        <translation>ยังพิมพ์เอกสารจากโปรแกรมรุ่นนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The minutes and the action plan will print as PDF documents in a coming version. Everything you have entered is saved.</source>
        <translation>รายงานการประชุมและแผนปฏิบัติการจะพิมพ์เป็นเอกสาร PDF ได้ในรุ่นถัดไป ข้อมูลทั้งหมดที่บันทึกไว้ยังอยู่ครบ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>รายงานผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>กำลังจัดทำเอกสาร…</translation>
    </message>
    <message>
        <source>The document is ready: {path}</source>
        <translation>เอกสารพร้อมแล้ว: {path}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>awaiting report</source>
        <extracomment>state -&gt; (background, text colour)</extracomment>
        <translation>รอรายงานผล</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ไม่ได้รายงานผล</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>milestone overdue</source>
        <translation>เลยกำหนดหมุดหมาย</translation>
    </message>
    <message>
        <source>quarter not begun</source>
        <translation>ยังไม่ถึงไตรมาส</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>(choose)</source>
        <translation>(เลือก)</translation>
    </message>
    <message>
        <source>baht spent in this quarter, e.g. 12,500.50</source>
        <translation>จำนวนเงิน (บาท) ที่ใช้จ่ายในไตรมาสนี้ เช่น ๑๒,๕๐๐.๕๐</translation>
    </message>
    <message>
        <source>Problems, and why it is late or cancelled</source>
        <translation>ปัญหา อุปสรรค และเหตุที่ล่าช้าหรือยกเลิก</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>บันทึกผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Remove this report</source>
        <translation>ลบรายงานผลนี้</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Indicator results</source>
        <translation>ผลตามตัวชี้วัด</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>เงินที่ใช้จ่าย</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา อุปสรรค</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>ผู้รายงาน</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>วันที่รายงาน</translation>
    </message>
    <message>
        <source>Select an activity&apos;s quarter in the grid.</source>
        <translation>เลือกไตรมาสของกิจกรรมในตาราง</translation>
    </message>
    <message>
        <source>Activity {number}, quarter {quarter}: {name}</source>
        <translation>กิจกรรมข้อ {number} ไตรมาสที่ {quarter}: {name}</translation>
    </message>
    <message>
        <source>target {goal}</source>
        <translation>เป้าหมาย {goal}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>(no indicators)</source>
        <translation>(ไม่มีตัวชี้วัด)</translation>
    </message>
    <message>
        <source>Record the progress of activity {number}</source>
        <translation>บันทึกผลการดำเนินงานกิจกรรมข้อ {number}</translation>
    </message>
    <message>
        <source>Remove the progress of activity {number}</source>
        <translation>ลบผลการดำเนินงานกิจกรรมข้อ {number}</translation>
    </message>
</context>
<context>
    <name>ProgressFiles</name>
    <message>
        <source>Progress</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>พิมพ์รายงานผล</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>รอบ {months} เดือน</translation>
    </message>
    <message>
        <source>12 months (the year)</source>
        <translation>รอบ 12 เดือน (ทั้งปี)</translation>
    </message>
    <message>
        <source>The period ends on {date}; it has not ended yet.</source>
        <translation>รอบรายงานนี้สิ้นสุดวันที่ {date} ซึ่งยังไม่สิ้นสุด</translation>
    </message>
    <message>
        <source>Print a preliminary report now? It says that it was made before the period ended.</source>
        <translation>ต้องการพิมพ์รายงานเบื้องต้นตอนนี้หรือไม่ รายงานจะระบุว่าจัดทำก่อนสิ้นสุดรอบรายงาน</translation>
    </message>
    <message>
        <source>Print preliminary report</source>
        <translation>พิมพ์รายงานเบื้องต้น</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Unit form</source>
        <translation>แบบรายงานผลของหน่วยงาน</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ไตรมาสที่</translation>
    </message>
    <message>
        <source>What the unit has already reported for the quarter is filled in.</source>
        <translation>สิ่งที่หน่วยงานรายงานไว้แล้วสำหรับไตรมาสนี้จะกรอกไว้ในแบบรายงานให้</translation>
    </message>
    <message>
        <source>Save the unit form</source>
        <translation>บันทึกแบบรายงานผลของหน่วยงาน</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The form of {unit} is in {path}</source>
        <translation>บันทึกแบบรายงานของ{unit}ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Import filled forms</source>
        <translation>นำเข้าแบบรายงานที่กรอกแล้ว</translation>
    </message>
    <message>
        <source>{changes} changes from {forms} forms. Nothing is imported until you confirm.</source>
        <translation>มีการเปลี่ยนแปลง {changes} รายการจากแบบรายงาน {forms} แฟ้ม จะยังไม่นำเข้าจนกว่าจะยืนยัน</translation>
    </message>
    <message>
        <source>The forms change nothing: the records already say what they say.</source>
        <translation>แบบรายงานไม่ได้เปลี่ยนแปลงข้อมูลใด ข้อมูลในแฟ้มตรงกับแบบรายงานแล้ว</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Import {forms} filled forms</source>
        <translation>นำเข้าแบบรายงาน {forms} แฟ้ม</translation>
    </message>
    <message>
        <source>Imported {changes} changes from the forms</source>
        <translation>นำเข้าการเปลี่ยนแปลง {changes} รายการจากแบบรายงานแล้ว</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Quarter {q}</source>
        <translation>ไตรมาสที่ {q}</translation>
    </message>
    <message>
        <source>{words} ({reported} of {expected} units reported)</source>
        <translation>{words} (รายงานแล้ว {reported} จาก {expected} หน่วยงาน)</translation>
    </message>
    <message>
        <source>Milestone passed without the work done: {dates}</source>
        <translation>เลยกำหนดหมุดหมายโดยยังไม่แล้วเสร็จ: {dates}</translation>
    </message>
    <message>
        <source>Milestones: {dates}</source>
        <translation>หมุดหมาย: {dates}</translation>
    </message>
    <message>
        <source>Planned for this quarter</source>
        <translation>มีแผนดำเนินการในไตรมาสนี้</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Units…</source>
        <translation>หน่วยงาน…</translation>
    </message>
    <message>
        <source>Unit form…</source>
        <translation>แบบรายงานของหน่วยงาน…</translation>
    </message>
    <message>
        <source>Import filled forms…</source>
        <translation>นำเข้าแบบรายงาน…</translation>
    </message>
    <message>
        <source>The organisation&apos;s units that report their progress</source>
        <translation>หน่วยงานในสังกัดที่รายงานผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>An Excel form for a unit to fill in its progress of a quarter</source>
        <translation>แบบรายงาน Excel ให้หน่วยงานกรอกผลการดำเนินงานของไตรมาส</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Reports of each unit for this quarter</source>
        <translation>รายงานผลของแต่ละหน่วยงานในไตรมาสนี้</translation>
    </message>
    <message>
        <source>Every activity</source>
        <translation>ทุกกิจกรรม</translation>
    </message>
    <message>
        <source>Activities of {unit}</source>
        <translation>กิจกรรมของ{unit}</translation>
    </message>
    <message>
        <source>Approach {number}: {title}</source>
        <translation>แนวทางการพัฒนาที่ {number} {title}</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Taken</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุที่บันทึก</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>การแก้ไขครั้งที่</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือ</translation>
    </message>
    <message>
        <source>at certification</source>
        <translation>เมื่อรับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>when an amendment was finished</source>
        <translation>เมื่อแก้ไขเสร็จ</translation>
    </message>
    <message>
        <source>when the file was upgraded, not at certification</source>
        <translation>เมื่อปรับรุ่นแฟ้มข้อมูล ไม่ใช่ ณ วันที่รับรอง</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>Choose the copy of «{name}» to go back to. The file as it is now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>เลือกสำเนาของแฟ้ม «{name}» ที่ต้องการย้อนกลับไป ก่อนกู้คืนโปรแกรมจะสำรองแฟ้มตามสภาพปัจจุบันไว้ก่อน จึงย้อนการกู้คืนได้ด้วยการกู้คืนจากสำเนานั้น</translation>
    </message>
    <message>
        <source>There are no backups of this file yet. File → Back up now makes one.</source>
        <translation>ยังไม่มีสำเนาสำรองของแฟ้มนี้ สร้างได้ที่เมนู แฟ้ม → สำรองแฟ้มเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>สำเนาสำรองเก็บไว้ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Add seat…</source>
        <translation>เพิ่มที่นั่ง…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Seats, in the order of the appointment</source>
        <translation>ที่นั่งกรรมการ ตามลำดับในคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Search by name, position or affiliation (Ctrl+F)</source>
        <translation>ค้นหาชื่อ ตำแหน่ง หรือสังกัด (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>เพิ่มบุคคล…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ทะเบียนบุคคล</translation>
    </message>
    <message>
        <source>Attendance of the selected person</source>
        <translation>การมาประชุมของบุคคลที่เลือก</translation>
    </message>
    <message>
        <source>Select a person to see the meetings they attended.</source>
        <translation>เลือกบุคคลเพื่อดูการมาประชุม</translation>
    </message>
    <message>
        <source>No meetings as a member yet.</source>
        <translation>ยังไม่มีการประชุมในฐานะกรรมการ</translation>
    </message>
    <message>
        <source>Attendance rate {rate}% ({present} of {expected} meetings as a member)</source>
        <translation>อัตราการมาประชุม {rate}% ({present} จาก {expected} ครั้งในฐานะกรรมการ)</translation>
    </message>
    <message>
        <source>Add a seat</source>
        <translation>เพิ่มที่นั่ง</translation>
    </message>
    <message>
        <source>Edit a seat</source>
        <translation>แก้ไขที่นั่ง</translation>
    </message>
    <message>
        <source>Remove a seat</source>
        <translation>ลบที่นั่ง</translation>
    </message>
    <message>
        <source>Move a seat</source>
        <translation>เลื่อนลำดับที่นั่ง</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>แก้ไขข้อมูลบุคคล</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>ลบบุคคล</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <source>Edit seat</source>
        <translation>แก้ไขที่นั่ง</translation>
    </message>
    <message>
        <source>New seat</source>
        <translation>เพิ่มที่นั่ง</translation>
    </message>
    <message>
        <source>Held ex officio by whoever holds a position</source>
        <translation>เป็นกรรมการโดยตำแหน่ง (ผู้ดำรงตำแหน่งนั้นในขณะนั้น)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ผู้ดำรงตำแหน่ง</translation>
    </message>
    <message>
        <source>Ex-officio position</source>
        <translation>ตำแหน่งที่เป็นกรรมการโดยตำแหน่ง</translation>
    </message>
    <message>
        <source>Its affiliation</source>
        <translation>สังกัดของตำแหน่ง</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>SeatsModel</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>ผู้ดำรงตำแหน่ง</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>(ex officio)</source>
        <translation>(โดยตำแหน่ง)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open a database on a server</source>
        <translation>เปิดฐานข้อมูลบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>เก็บรหัสผ่านไว้ในที่เก็บรหัสผ่านของเครื่องนี้</translation>
    </message>
    <message>
        <source>No keyring is available on this computer</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่านให้ใช้</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เครื่องเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Text size (points)</source>
        <translation>ขนาดตัวอักษร (พอยต์)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and save PDF</source>
        <translation>ลงนามและบันทึก PDF</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>กุญแจลงนาม</translation>
    </message>
    <message>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>กุญแจลงนาม (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Recorder of the minutes</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Reviewer of the minutes</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>PDF to sign</source>
        <translation>แฟ้ม PDF ที่จะลงนาม</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>empty: print the certified minutes now</source>
        <translation>เว้นว่าง: พิมพ์รายงานการประชุมที่รับรองแล้วตอนนี้</translation>
    </message>
    <message>
        <source>Save the signed PDF</source>
        <translation>บันทึก PDF ที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>The passphrase is asked each time and never saved. A self-signed key proves that the file was not changed after signing, not who signed, unless the reader trusts its certificate.</source>
        <translation>ระบบถามรหัสผ่านทุกครั้งและไม่บันทึกไว้ กุญแจที่ลงนามด้วยตนเองพิสูจน์ได้ว่าแฟ้มไม่ถูกแก้ไขหลังลงนาม แต่ไม่พิสูจน์ว่าใครลงนาม เว้นแต่ผู้ตรวจเชื่อถือใบรับรองนั้น</translation>
    </message>
    <message>
        <source>Key file (.p12)</source>
        <translation>แฟ้มกุญแจ (.p12)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>ลงนามในฐานะ</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Signed: {path}</source>
        <translation>ลงนามแล้ว: {path}</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <source>Signatures of a PDF</source>
        <translation>ลายมือชื่อของแฟ้ม PDF</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>แฟ้ม PDF ที่ลงนาม</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>ใบรับรองที่เชื่อถือ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>ใบรับรอง (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>optional: the certificate of the signer or its issuer</source>
        <translation>ไม่บังคับ: ใบรับรองของผู้ลงนามหรือผู้ออกใบรับรอง</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ตรวจ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>เชื่อถือ</translation>
    </message>
    <message>
        <source>This file has no digital signatures.</source>
        <translation>แฟ้มนี้ไม่มีลายมือชื่อดิจิทัล</translation>
    </message>
    <message>
        <source>Every signature holds.</source>
        <translation>ลายมือชื่อทุกรายการถูกต้อง</translation>
    </message>
    <message>
        <source>At least one signature does not hold.</source>
        <translation>มีลายมือชื่ออย่างน้อยหนึ่งรายการไม่ผ่าน</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <source>Approach {number}: {title}</source>
        <translation>แนวทางการพัฒนาที่ {number} {title}</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Approach</source>
        <translation>แนวทางการพัฒนา</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>จำนวนกิจกรรม</translation>
    </message>
    <message>
        <source>Total (baht)</source>
        <translation>รวม (บาท)</translation>
    </message>
    <message>
        <source>Approach {number}</source>
        <translation>แนวทางที่ {number}</translation>
    </message>
</context>
<context>
    <name>UnitReportsModel</name>
    <message>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>ไตรมาสนี้</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>วันที่รายงาน</translation>
    </message>
    <message>
        <source>(earlier: {status})</source>
        <translation>(ก่อนหน้า: {status})</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ยังไม่รายงาน</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units that report progress</source>
        <translation>หน่วยงานที่รายงานผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>An activity whose responsible unit is «every unit» (ทุกหน่วยงาน) is reported by each of these; one that names units (by name or short name) is reported by those.</source>
        <translation>กิจกรรมที่ผู้รับผิดชอบคือ «ทุกหน่วยงาน» ทุกหน่วยงานในรายการนี้ต้องรายงานผล ส่วนกิจกรรมที่ระบุชื่อหน่วยงาน (ชื่อเต็มหรือชื่อย่อ) หน่วยงานที่ระบุเป็นผู้รายงาน</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>เพิ่มหน่วยงาน…</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>ลบหน่วยงาน</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Rename a unit</source>
        <translation>แก้ไขชื่อหน่วยงาน</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>เพิ่มหน่วยงาน</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>เพิ่มหน่วยงาน</translation>
    </message>
    <message>
        <source>Remove a unit</source>
        <translation>ลบหน่วยงาน</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
</context>
</TS>
