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
        <extracomment>Topics a tab listens to; an edit names those whose data it changed.</extracomment>
        <translation>เกิดข้อผิดพลาดภายในโปรแกรม ({kind}) งานที่บันทึกแล้วไม่สูญหาย รายละเอียดอยู่ที่ {log}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>บันทึกแล้ว: {0}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Exported to {path}</source>
        <extracomment>For measurements and screenshots only: print when the window first paints and quit. For screenshots only: a folder to save a picture of every tab into, then quit.</extracomment>
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
        <source>Toggle a quarter</source>
        <translation>สลับไตรมาสที่ดำเนินงาน</translation>
    </message>
    <message>
        <source>Change the quarters of an activity</source>
        <translation>แก้ไขระยะเวลาดำเนินงานของกิจกรรม</translation>
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
        <source>Preparing the document…</source>
        <translation>กำลังจัดทำเอกสาร…</translation>
    </message>
    <message>
        <source>The document is ready: {path}</source>
        <translation>เอกสารพร้อมแล้ว: {path}</translation>
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
</TS>
