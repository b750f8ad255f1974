; ModuleID = 'attention'
source_filename = "attention"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_2(i8** %0) #0 {
entry:
  %1 = getelementptr inbounds i8*, i8** %0, i64 31
  %2 = load i8*, i8** %1, align 8
  %3 = bitcast i8* %2 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i32 4

valid:                                            ; preds = %exit
  %4 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k1(i8* %4, i64 0, i64 16)
  %5 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k2(i8* %5, i64 0, i64 16)
  %6 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k3(i8* %6, i64 0, i64 16)
  %7 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k4(i8* %7, i64 0, i64 2)
  %8 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k5(i8* %8, i64 0, i64 16)
  %9 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k6(i8* %9, i64 0, i64 2)
  %10 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k7(i8* %10, i64 0, i64 16)
  %11 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k8(i8* %11, i64 0, i64 2)
  %12 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k9(i8* %12, i64 0, i64 32)
  %13 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k10(i8* %13, i64 0, i64 1)
  %14 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k11(i8* %14, i64 0, i64 32)
  %15 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k12(i8* %15, i64 0, i64 32)
  %16 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k13(i8* %16, i64 0, i64 2)
  %17 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k14(i8* %17, i64 0, i64 16)
  %18 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k15(i8* %18, i64 0, i64 1)
  %19 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k16(i8* %19, i64 0, i64 16)
  %20 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k17(i8* %20, i64 0, i64 16)
  %21 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k18(i8* %21, i64 0, i64 1)
  %22 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k19(i8* %22, i64 0, i64 16)
  %23 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k20(i8* %23, i64 0, i64 1)
  %24 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k21(i8* %24, i64 0, i64 32)
  %25 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k22(i8* %25, i64 0, i64 2)
  %26 = getelementptr inbounds i8*, i8** %0, i64 32
  %27 = load i8*, i8** %26, align 8
  %28 = bitcast i8* %27 to i32*
  br label %loop3

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %35, %checked ]
  %29 = icmp slt i64 %i, 16
  br i1 %29, label %body, label %exit

body:                                             ; preds = %loop
  %30 = getelementptr inbounds i32, i32* %3, i64 %i
  %31 = load i32, i32* %30, align 4
  %32 = icmp slt i32 %31, 0
  %33 = icmp sge i32 %31, 50
  %34 = or i1 %32, %33
  br i1 %34, label %invalid, label %checked

exit:                                             ; preds = %loop
  br label %valid

checked:                                          ; preds = %body
  %35 = add i64 %i, 1
  br label %loop

invalid1:                                         ; preds = %body4
  ret i32 40

valid2:                                           ; preds = %exit5
  %36 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k23(i8* %36, i64 0, i64 2)
  %37 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k24(i8* %37, i64 0, i64 1)
  %38 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k25(i8* %38, i64 0, i64 1)
  %39 = getelementptr inbounds i8*, i8** %0, i64 32
  %40 = load i8*, i8** %39, align 8
  %41 = bitcast i8* %40 to i32*
  br label %loop10

loop3:                                            ; preds = %checked7, %valid
  %i6 = phi i64 [ 0, %valid ], [ %51, %checked7 ]
  %42 = icmp slt i64 %i6, 2
  br i1 %42, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %43 = getelementptr inbounds i32, i32* %28, i64 %i6
  %44 = load i32, i32* %43, align 4
  %45 = icmp slt i32 %44, 0
  %46 = icmp sge i32 %44, 3
  %47 = or i1 %45, %46
  %48 = icmp eq i32 %44, -100
  %49 = xor i1 %48, true
  %50 = and i1 %47, %49
  br i1 %50, label %invalid1, label %checked7

exit5:                                            ; preds = %loop3
  br label %valid2

checked7:                                         ; preds = %body4
  %51 = add i64 %i6, 1
  br label %loop3

invalid8:                                         ; preds = %body11
  ret i32 42

valid9:                                           ; preds = %exit12
  %52 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k26(i8* %52, i64 0, i64 1)
  %53 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k27(i8* %53, i64 0, i64 2)
  %54 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k28(i8* %54, i64 0, i64 2)
  %55 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k29(i8* %55, i64 0, i64 16)
  %56 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k30(i8* %56, i64 0, i64 1)
  %57 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k31(i8* %57, i64 0, i64 2)
  %58 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k32(i8* %58, i64 0, i64 16)
  %59 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k33(i8* %59, i64 0, i64 32)
  %60 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k34(i8* %60, i64 0, i64 1)
  %61 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k35(i8* %61, i64 0, i64 1)
  %62 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k36(i8* %62, i64 0, i64 16)
  %63 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k37(i8* %63, i64 0, i64 16)
  %64 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k38(i8* %64, i64 0, i64 1)
  %65 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k39(i8* %65, i64 0, i64 16)
  %66 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k40(i8* %66, i64 0, i64 1)
  %67 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k41(i8* %67, i64 0, i64 1)
  %68 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k42(i8* %68, i64 0, i64 16)
  %69 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k43(i8* %69, i64 0, i64 1)
  %70 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k44(i8* %70, i64 0, i64 16)
  %71 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k45(i8* %71, i64 0, i64 16)
  %72 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k46(i8* %72, i64 0, i64 1)
  %73 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k47(i8* %73, i64 0, i64 16)
  %74 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k48(i8* %74, i64 0, i64 1)
  %75 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k49(i8* %75, i64 0, i64 1)
  %76 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k50(i8* %76, i64 0, i64 16)
  %77 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k51(i8* %77, i64 0, i64 1)
  %78 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k52(i8* %78, i64 0, i64 16)
  %79 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k53(i8* %79, i64 0, i64 1)
  %80 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k54(i8* %80, i64 0, i64 16)
  %81 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k55(i8* %81, i64 0, i64 16)
  %82 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k56(i8* %82, i64 0, i64 2)
  %83 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k57(i8* %83, i64 0, i64 32)
  %84 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k58(i8* %84, i64 0, i64 32)
  %85 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k59(i8* %85, i64 0, i64 1)
  %86 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k60(i8* %86, i64 0, i64 32)
  %87 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k61(i8* %87, i64 0, i64 32)
  %88 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k62(i8* %88, i64 0, i64 1)
  %89 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k63(i8* %89, i64 0, i64 1)
  %90 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k64(i8* %90, i64 0, i64 32)
  %91 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k65(i8* %91, i64 0, i64 32)
  %92 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k66(i8* %92, i64 0, i64 2)
  %93 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k67(i8* %93, i64 0, i64 16)
  %94 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k68(i8* %94, i64 0, i64 16)
  %95 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k69(i8* %95, i64 0, i64 2)
  %96 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k70(i8* %96, i64 0, i64 16)
  %97 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k71(i8* %97, i64 0, i64 16)
  %98 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k72(i8* %98, i64 0, i64 1)
  %99 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k73(i8* %99, i64 0, i64 2)
  %100 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k74(i8* %100, i64 0, i64 16)
  %101 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k75(i8* %101, i64 0, i64 16)
  %102 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k76(i8* %102, i64 0, i64 1)
  %103 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k77(i8* %103, i64 0, i64 1)
  %104 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k78(i8* %104, i64 0, i64 16)
  %105 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k79(i8* %105, i64 0, i64 1)
  %106 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k80(i8* %106, i64 0, i64 1)
  %107 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k81(i8* %107, i64 0, i64 16)
  %108 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k82(i8* %108, i64 0, i64 1)
  %109 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k83(i8* %109, i64 0, i64 16)
  %110 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k84(i8* %110, i64 0, i64 16)
  %111 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k85(i8* %111, i64 0, i64 1)
  %112 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k86(i8* %112, i64 0, i64 16)
  %113 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k87(i8* %113, i64 0, i64 1)
  %114 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k88(i8* %114, i64 0, i64 1)
  %115 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k89(i8* %115, i64 0, i64 16)
  %116 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k90(i8* %116, i64 0, i64 1)
  %117 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k91(i8* %117, i64 0, i64 16)
  %118 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k92(i8* %118, i64 0, i64 1)
  %119 = getelementptr inbounds i8*, i8** %0, i64 31
  %120 = load i8*, i8** %119, align 8
  %121 = bitcast i8* %120 to i32*
  br label %loop17

loop10:                                           ; preds = %checked14, %valid2
  %i13 = phi i64 [ 0, %valid2 ], [ %131, %checked14 ]
  %122 = icmp slt i64 %i13, 2
  br i1 %122, label %body11, label %exit12

body11:                                           ; preds = %loop10
  %123 = getelementptr inbounds i32, i32* %41, i64 %i13
  %124 = load i32, i32* %123, align 4
  %125 = icmp slt i32 %124, 0
  %126 = icmp sge i32 %124, 3
  %127 = or i1 %125, %126
  %128 = icmp eq i32 %124, -100
  %129 = xor i1 %128, true
  %130 = and i1 %127, %129
  br i1 %130, label %invalid8, label %checked14

exit12:                                           ; preds = %loop10
  br label %valid9

checked14:                                        ; preds = %body11
  %131 = add i64 %i13, 1
  br label %loop10

invalid15:                                        ; preds = %body18
  ret i32 128

valid16:                                          ; preds = %exit19
  %132 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k93(i8* %132, i64 0, i64 1)
  ret i32 0

loop17:                                           ; preds = %checked21, %valid9
  %i20 = phi i64 [ 0, %valid9 ], [ %139, %checked21 ]
  %133 = icmp slt i64 %i20, 16
  br i1 %133, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %134 = getelementptr inbounds i32, i32* %121, i64 %i20
  %135 = load i32, i32* %134, align 4
  %136 = icmp slt i32 %135, 0
  %137 = icmp sge i32 %135, 50
  %138 = or i1 %136, %137
  br i1 %138, label %invalid15, label %checked21

exit19:                                           ; preds = %loop17
  br label %valid16

checked21:                                        ; preds = %body18
  %139 = add i64 %i20, 1
  br label %loop17
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k1(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 31
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 44
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 6144
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %27, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = getelementptr inbounds i32, i32* %9, i64 %i
  %16 = load i32, i32* %15, align 4
  %17 = sext i32 %16 to i64
  %18 = mul i64 %17, 16
  %19 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %body2 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %18, %i4
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %19, %i4
  %25 = getelementptr inbounds float, float* %13, i64 %24
  store float %23, float* %25, align 4
  %26 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %27 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k2(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 7168
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %95, %exit19 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %66, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %23, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %29, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %35, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %53, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %59, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %65, %body2 ]
  %17 = icmp slt i64 %i4, 16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 %i4, 0
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %7, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, %21
  %23 = fadd float %acc, %22
  %24 = add i64 %i4, 1
  %25 = add i64 %16, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = fmul float %27, %27
  %29 = fadd float %acc5, %28
  %30 = add i64 %i4, 2
  %31 = add i64 %16, %30
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %33, %33
  %35 = fadd float %acc6, %34
  %36 = add i64 %i4, 3
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %7, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fmul float %39, %39
  %41 = fadd float %acc7, %40
  %42 = add i64 %i4, 4
  %43 = add i64 %16, %42
  %44 = getelementptr inbounds float, float* %7, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %45, %45
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 %16, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = fmul float %51, %51
  %53 = fadd float %acc9, %52
  %54 = add i64 %i4, 6
  %55 = add i64 %16, %54
  %56 = getelementptr inbounds float, float* %7, i64 %55
  %57 = load float, float* %56, align 4
  %58 = fmul float %57, %57
  %59 = fadd float %acc10, %58
  %60 = add i64 %i4, 7
  %61 = add i64 %16, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fmul float %63, %63
  %65 = fadd float %acc11, %64
  %66 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %67 = fadd float %acc, %acc5
  %68 = fadd float %acc6, %acc7
  %69 = fadd float %acc8, %acc9
  %70 = fadd float %acc10, %acc11
  %71 = fadd float %67, %68
  %72 = fadd float %69, %70
  %73 = fadd float %71, %72
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %80, %body13 ]
  %acc16 = phi float [ %73, %exit3 ], [ %79, %body13 ]
  %74 = icmp slt i64 %i15, 16
  br i1 %74, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %75 = add i64 %16, %i15
  %76 = getelementptr inbounds float, float* %7, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %77, %77
  %79 = fadd float %acc16, %78
  %80 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %81 = fdiv float %acc16, 1.600000e+01
  %82 = fadd float %81, 0x3EB0C6F7A0000000
  %83 = call float @llvm.sqrt.f32(float %82)
  %84 = fdiv float 1.000000e+00, %83
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %94, %body18 ]
  %85 = icmp slt i64 %i20, 16
  br i1 %85, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %86 = add i64 %16, %i20
  %87 = getelementptr inbounds float, float* %7, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %88, %84
  %90 = getelementptr inbounds float, float* %10, i64 %i20
  %91 = load float, float* %90, align 4
  %92 = fmul float %89, %91
  %93 = getelementptr inbounds float, float* %14, i64 %86
  store float %92, float* %93, align 4
  %94 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %95 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_2_k3(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 3
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %10, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_2_k4(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 8192
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 2
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 64
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 8
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 16
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %7, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k5(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 4
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %10, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k6(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 9216
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 2
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 64
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 8
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 16
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %7, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k7(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 5
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %10, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k8(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 10240
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 2
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 64
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 8
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 16
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %7, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k9(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 8192
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 9216
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 64
  %19 = mul i64 %16, 64
  %20 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 8
  %23 = add i64 %19, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %25 = icmp slt i64 %i8, 8
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = mul i64 %17, 8
  %27 = add i64 %26, %i8
  %28 = add i64 %18, %27
  %29 = getelementptr inbounds float, float* %7, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %23, %i8
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %37 = add i64 %20, %i4
  %38 = getelementptr inbounds float, float* %14, i64 %37
  store float %acc, float* %38, align 4
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k10(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FD6A09E60000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k11(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 11264
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %72, %exit16 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %body ], [ %20, %body2 ]
  %13 = icmp slt i64 %i4, 8
  br i1 %13, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %14 = add i64 %12, %i4
  %15 = getelementptr inbounds float, float* %6, i64 %14
  %16 = load float, float* %15, align 4
  %17 = fcmp uno float %acc, %16
  %18 = fcmp ogt float %16, %acc
  %19 = select i1 %18, float %16, float %acc
  %20 = select i1 %17, float 0x7FF8000000000000, float %19
  %21 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %57, %body6 ]
  %22 = icmp slt i64 %i8, 8
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %12, %i8
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fsub float %25, %acc
  %27 = fcmp oge float %26, -1.100000e+02
  %28 = select i1 %27, float %26, float -1.100000e+02
  %29 = fcmp ole float %28, 1.000000e+02
  %30 = select i1 %29, float %28, float 1.000000e+02
  %31 = fmul float %30, 0x3FF7154760000000
  %32 = call float @llvm.rint.f32(float %31)
  %33 = call float @llvm.fmuladd.f32(float %32, float 0xBFE6300000000000, float %30)
  %34 = call float @llvm.fmuladd.f32(float %32, float 0x3F2BD01060000000, float %33)
  %35 = fmul float %34, %34
  %36 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %34, float 0x3F81239880000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %34, float 0x3FA5558AE0000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %34, float 0x3FC5554920000000)
  %39 = call float @llvm.fmuladd.f32(float %38, float %34, float 0x3FDFFFFFC0000000)
  %40 = call float @llvm.fmuladd.f32(float %35, float %39, float %34)
  %41 = fadd float %40, 1.000000e+00
  %42 = fptosi float %32 to i32
  %43 = ashr i32 %42, 1
  %44 = sub i32 %42, %43
  %45 = add i32 %43, 127
  %46 = shl i32 %45, 23
  %47 = bitcast i32 %46 to float
  %48 = fmul float %41, %47
  %49 = add i32 %44, 127
  %50 = shl i32 %49, 23
  %51 = bitcast i32 %50 to float
  %52 = fmul float %48, %51
  %53 = fcmp uno float %26, %26
  %54 = select i1 %53, float %26, float %52
  %55 = add i64 %12, %i8
  %56 = getelementptr inbounds float, float* %10, i64 %55
  store float %54, float* %56, align 4
  %57 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %63, %body10 ]
  %acc13 = phi float [ 0.000000e+00, %exit7 ], [ %62, %body10 ]
  %58 = icmp slt i64 %i12, 8
  br i1 %58, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %59 = add i64 %12, %i12
  %60 = getelementptr inbounds float, float* %10, i64 %59
  %61 = load float, float* %60, align 4
  %62 = fadd float %acc13, %61
  %63 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %71, %body15 ]
  %64 = icmp slt i64 %i17, 8
  br i1 %64, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %65 = add i64 %12, %i17
  %66 = getelementptr inbounds float, float* %10, i64 %65
  %67 = load float, float* %66, align 4
  %68 = fdiv float %67, %acc13
  %69 = add i64 %12, %i17
  %70 = getelementptr inbounds float, float* %10, i64 %69
  store float %68, float* %70, align 4
  %71 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %72 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_2_k12(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 11264
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 10240
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 64
  %19 = mul i64 %16, 64
  %20 = mul i64 %i, 8
  %21 = getelementptr inbounds float, float* %14, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %17, 8
  %25 = add i64 %24, %i4
  %26 = add i64 %18, %25
  %27 = getelementptr inbounds float, float* %7, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 8
  %30 = add i64 %19, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 8
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %11, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %14, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %14, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k13(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 12288
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 8
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 16
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 2
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 64
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %7, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k14(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 12288
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 6
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 13312
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 128
  %19 = mul i64 %i, 16
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %17, 16
  %24 = add i64 %23, %i4
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 16
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 16
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %10, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k15(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 13312
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 13312
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k16(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 13312
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 7
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 14336
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %95, %exit19 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %66, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %23, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %29, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %35, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %53, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %59, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %65, %body2 ]
  %17 = icmp slt i64 %i4, 16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 %i4, 0
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %7, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, %21
  %23 = fadd float %acc, %22
  %24 = add i64 %i4, 1
  %25 = add i64 %16, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = fmul float %27, %27
  %29 = fadd float %acc5, %28
  %30 = add i64 %i4, 2
  %31 = add i64 %16, %30
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %33, %33
  %35 = fadd float %acc6, %34
  %36 = add i64 %i4, 3
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %7, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fmul float %39, %39
  %41 = fadd float %acc7, %40
  %42 = add i64 %i4, 4
  %43 = add i64 %16, %42
  %44 = getelementptr inbounds float, float* %7, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %45, %45
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 %16, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = fmul float %51, %51
  %53 = fadd float %acc9, %52
  %54 = add i64 %i4, 6
  %55 = add i64 %16, %54
  %56 = getelementptr inbounds float, float* %7, i64 %55
  %57 = load float, float* %56, align 4
  %58 = fmul float %57, %57
  %59 = fadd float %acc10, %58
  %60 = add i64 %i4, 7
  %61 = add i64 %16, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fmul float %63, %63
  %65 = fadd float %acc11, %64
  %66 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %67 = fadd float %acc, %acc5
  %68 = fadd float %acc6, %acc7
  %69 = fadd float %acc8, %acc9
  %70 = fadd float %acc10, %acc11
  %71 = fadd float %67, %68
  %72 = fadd float %69, %70
  %73 = fadd float %71, %72
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %80, %body13 ]
  %acc16 = phi float [ %73, %exit3 ], [ %79, %body13 ]
  %74 = icmp slt i64 %i15, 16
  br i1 %74, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %75 = add i64 %16, %i15
  %76 = getelementptr inbounds float, float* %7, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %77, %77
  %79 = fadd float %acc16, %78
  %80 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %81 = fdiv float %acc16, 1.600000e+01
  %82 = fadd float %81, 0x3EB0C6F7A0000000
  %83 = call float @llvm.sqrt.f32(float %82)
  %84 = fdiv float 1.000000e+00, %83
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %94, %body18 ]
  %85 = icmp slt i64 %i20, 16
  br i1 %85, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %86 = add i64 %16, %i20
  %87 = getelementptr inbounds float, float* %7, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %88, %84
  %90 = getelementptr inbounds float, float* %10, i64 %i20
  %91 = load float, float* %90, align 4
  %92 = fmul float %89, %91
  %93 = getelementptr inbounds float, float* %14, i64 %86
  store float %92, float* %93, align 4
  %94 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %95 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k17(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 14336
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 8
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 32
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 32
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %10, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k18(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 4096
  %13 = add i64 %12, 4096
  %14 = icmp slt i64 %13, 512
  %15 = select i1 %14, i64 %13, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %12, %body ], [ %24, %body2 ]
  %16 = icmp slt i64 %i4, %15
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 0, %i4
  %18 = add i64 0, %i4
  %19 = getelementptr inbounds float, float* %10, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fcmp ogt float %20, 0.000000e+00
  %22 = select i1 %21, float %20, float 0.000000e+00
  %23 = getelementptr inbounds float, float* %7, i64 %17
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k19(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 9
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4096
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 16
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 32
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %17, 32
  %24 = add i64 %23, %i4
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 16
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 16
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %10, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k20(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 13312
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 4096
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k21(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 5120
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = srem i64 %i, 16
  %14 = sdiv i64 %i, 16
  %15 = add i64 0, %13
  %16 = srem i64 %14, 2
  %17 = sdiv i64 %14, 2
  %18 = mul i64 %16, 128
  %19 = add i64 %15, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %25, %body2 ]
  %20 = icmp slt i64 %i4, 8
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %19, %21
  %23 = getelementptr inbounds float, float* %7, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fadd float %acc, %24
  %26 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %27 = fdiv float %acc, 8.000000e+00
  %28 = getelementptr inbounds float, float* %11, i64 %i
  store float %27, float* %28, align 4
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k22(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 1
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4096
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 2
  %17 = srem i64 %i, 2
  %18 = mul i64 %16, 32
  %19 = mul i64 %i, 3
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %17, 16
  %24 = add i64 %23, %i4
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 3
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 3
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %10, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k23(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 32
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4160
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %join ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = getelementptr inbounds i32, i32* %10, i64 %i
  %17 = load i32, i32* %16, align 4
  %18 = icmp ne i32 %17, -100
  br i1 %18, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %19 = mul i64 %i, 3
  br label %loop1

join:                                             ; preds = %exit7, %body
  %20 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %29, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %28, %body2 ]
  %21 = icmp slt i64 %i4, 3
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 %19, %i4
  %23 = getelementptr inbounds float, float* %7, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fcmp uno float %acc, %24
  %26 = fcmp ogt float %24, %acc
  %27 = select i1 %26, float %24, float %acc
  %28 = select i1 %25, float 0x7FF8000000000000, float %27
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %64, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %63, %body6 ]
  %30 = icmp slt i64 %i8, 3
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %19, %i8
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fsub float %33, %acc
  %35 = fcmp oge float %34, -1.100000e+02
  %36 = select i1 %35, float %34, float -1.100000e+02
  %37 = fcmp ole float %36, 1.000000e+02
  %38 = select i1 %37, float %36, float 1.000000e+02
  %39 = fmul float %38, 0x3FF7154760000000
  %40 = call float @llvm.rint.f32(float %39)
  %41 = call float @llvm.fmuladd.f32(float %40, float 0xBFE6300000000000, float %38)
  %42 = call float @llvm.fmuladd.f32(float %40, float 0x3F2BD01060000000, float %41)
  %43 = fmul float %42, %42
  %44 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %42, float 0x3F81239880000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %42, float 0x3FA5558AE0000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %42, float 0x3FC5554920000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %42, float 0x3FDFFFFFC0000000)
  %48 = call float @llvm.fmuladd.f32(float %43, float %47, float %42)
  %49 = fadd float %48, 1.000000e+00
  %50 = fptosi float %40 to i32
  %51 = ashr i32 %50, 1
  %52 = sub i32 %50, %51
  %53 = add i32 %51, 127
  %54 = shl i32 %53, 23
  %55 = bitcast i32 %54 to float
  %56 = fmul float %49, %55
  %57 = add i32 %52, 127
  %58 = shl i32 %57, 23
  %59 = bitcast i32 %58 to float
  %60 = fmul float %56, %59
  %61 = fcmp uno float %34, %34
  %62 = select i1 %61, float %34, float %60
  %63 = fadd float %acc9, %62
  %64 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %65 = fcmp olt float %acc9, 0x3810000000000000
  %66 = fmul float %acc9, 0x4160000000000000
  %67 = select i1 %65, float %66, float %acc9
  %68 = bitcast float %67 to i32
  %69 = sub i32 %68, 1060439283
  %70 = ashr i32 %69, 23
  %71 = select i1 %65, i32 23, i32 0
  %72 = sub i32 %70, %71
  %73 = and i32 %69, 8388607
  %74 = add i32 %73, 1060439283
  %75 = bitcast i32 %74 to float
  %76 = fsub float %75, 1.000000e+00
  %77 = sitofp i32 %72 to float
  %78 = fmul float %76, %76
  %79 = fmul float %78, %76
  %80 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %76, float 0x3FC055EC60000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %76, float 0xBFC0D82420000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %76, float 0x3FC22D92E0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %76, float 0xBFC54728A0000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %76, float 0x3FC99A01C0000000)
  %85 = call float @llvm.fmuladd.f32(float %84, float %76, float 0xBFD0002260000000)
  %86 = call float @llvm.fmuladd.f32(float %85, float %76, float 0x3FD5555540000000)
  %87 = fmul float -5.000000e-01, %78
  %88 = call float @llvm.fmuladd.f32(float %79, float %86, float %87)
  %89 = call float @llvm.fmuladd.f32(float %77, float 0xBF2BD01060000000, float %88)
  %90 = fadd float %89, %76
  %91 = call float @llvm.fmuladd.f32(float %77, float 0x3FE6300000000000, float %90)
  %92 = fcmp oeq float %acc9, 0.000000e+00
  %93 = select i1 %92, float 0xFFF0000000000000, float %91
  %94 = fcmp olt float %acc9, 0.000000e+00
  %95 = select i1 %94, float 0x7FF8000000000000, float %93
  %96 = fcmp oeq float %acc9, 0x7FF0000000000000
  %97 = select i1 %96, float %acc9, float %95
  %98 = fcmp uno float %acc9, %acc9
  %99 = select i1 %98, float %acc9, float %97
  %100 = sext i32 %17 to i64
  %101 = add i64 %19, %100
  %102 = getelementptr inbounds float, float* %7, i64 %101
  %103 = load float, float* %102, align 4
  %104 = fsub float %103, %acc
  %105 = fsub float %104, %99
  %106 = getelementptr inbounds float, float* %14, i64 %i
  store float %105, float* %106, align 4
  br label %join
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k24(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 32
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 4160
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 33
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %22, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 2
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds i32, i32* %6, i64 %i4
  %17 = load i32, i32* %16, align 4
  %18 = icmp ne i32 %17, -100
  %19 = getelementptr inbounds float, float* %10, i64 %i4
  %20 = load float, float* %19, align 4
  %21 = fsub float %acc, %20
  %22 = select i1 %18, float %21, float %acc
  %23 = zext i1 %18 to i64
  %24 = add i64 %acc5, %23
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = icmp eq i64 %acc5, 0
  %27 = sitofp i64 %acc5 to float
  %28 = fdiv float %acc, %27
  %29 = select i1 %26, float 0.000000e+00, float %28
  %30 = getelementptr inbounds float, float* %13, i64 0
  store float %29, float* %30, align 4
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k25(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4160
  %7 = bitcast i8* %6 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %16, %exit3 ]
  %8 = icmp slt i64 %i, %2
  br i1 %8, label %body, label %exit

body:                                             ; preds = %loop
  %9 = mul i64 %i, 4096
  %10 = add i64 %9, 4096
  %11 = icmp slt i64 %10, 1
  %12 = select i1 %11, i64 %10, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %9, %body ], [ %15, %body2 ]
  %13 = icmp slt i64 %i4, %12
  br i1 %13, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %14 = getelementptr inbounds float, float* %7, i64 0
  store float 1.000000e+00, float* %14, align 4
  %15 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %16 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k26(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 32
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 4160
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4288
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %body2 ]
  %acc = phi i64 [ 0, %body ], [ %21, %body2 ]
  %16 = icmp slt i64 %i4, 2
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = getelementptr inbounds i32, i32* %6, i64 %i4
  %18 = load i32, i32* %17, align 4
  %19 = icmp ne i32 %18, -100
  %20 = zext i1 %19 to i64
  %21 = add i64 %acc, %20
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = getelementptr inbounds float, float* %10, i64 0
  %24 = load float, float* %23, align 4
  %25 = sitofp i64 %acc to float
  %26 = fdiv float %24, %25
  %27 = icmp eq i64 %acc, 0
  %28 = select i1 %27, float 0.000000e+00, float %26
  %29 = getelementptr inbounds float, float* %14, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k27(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 32
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4288
  %14 = bitcast i8* %13 to float*
  %15 = getelementptr inbounds i8*, i8** %3, i64 44
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 4224
  %18 = bitcast i8* %17 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %join2 ]
  %19 = icmp slt i64 %i, %2
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  %20 = mul i64 %i, 3
  %21 = getelementptr inbounds i32, i32* %10, i64 %i
  %22 = load i32, i32* %21, align 4
  %23 = icmp ne i32 %22, -100
  %24 = getelementptr inbounds float, float* %14, i64 0
  %25 = load float, float* %24, align 4
  %26 = xor i1 %23, true
  br i1 %26, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %27 = getelementptr inbounds float, float* %18, i64 %20
  %28 = bitcast float* %27 to i8*
  call void @llvm.memset.p0i8.i64(i8* %28, i8 0, i64 12, i1 false)
  br label %join

join:                                             ; preds = %then, %body
  br i1 %23, label %then1, label %join2

then1:                                            ; preds = %join
  br label %loop3

join2:                                            ; preds = %exit14, %join
  %29 = add i64 %i, 1
  br label %loop

loop3:                                            ; preds = %body4, %then1
  %i6 = phi i64 [ 0, %then1 ], [ %38, %body4 ]
  %acc = phi float [ 0xFFF0000000000000, %then1 ], [ %37, %body4 ]
  %30 = icmp slt i64 %i6, 3
  br i1 %30, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %31 = add i64 %20, %i6
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fcmp uno float %acc, %33
  %35 = fcmp ogt float %33, %acc
  %36 = select i1 %35, float %33, float %acc
  %37 = select i1 %34, float 0x7FF8000000000000, float %36
  %38 = add i64 %i6, 1
  br label %loop3

exit5:                                            ; preds = %loop3
  br label %loop7

loop7:                                            ; preds = %body8, %exit5
  %i10 = phi i64 [ 0, %exit5 ], [ %73, %body8 ]
  %acc11 = phi float [ 0.000000e+00, %exit5 ], [ %72, %body8 ]
  %39 = icmp slt i64 %i10, 3
  br i1 %39, label %body8, label %exit9

body8:                                            ; preds = %loop7
  %40 = add i64 %20, %i10
  %41 = getelementptr inbounds float, float* %7, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fsub float %42, %acc
  %44 = fcmp oge float %43, -1.100000e+02
  %45 = select i1 %44, float %43, float -1.100000e+02
  %46 = fcmp ole float %45, 1.000000e+02
  %47 = select i1 %46, float %45, float 1.000000e+02
  %48 = fmul float %47, 0x3FF7154760000000
  %49 = call float @llvm.rint.f32(float %48)
  %50 = call float @llvm.fmuladd.f32(float %49, float 0xBFE6300000000000, float %47)
  %51 = call float @llvm.fmuladd.f32(float %49, float 0x3F2BD01060000000, float %50)
  %52 = fmul float %51, %51
  %53 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %51, float 0x3F81239880000000)
  %54 = call float @llvm.fmuladd.f32(float %53, float %51, float 0x3FA5558AE0000000)
  %55 = call float @llvm.fmuladd.f32(float %54, float %51, float 0x3FC5554920000000)
  %56 = call float @llvm.fmuladd.f32(float %55, float %51, float 0x3FDFFFFFC0000000)
  %57 = call float @llvm.fmuladd.f32(float %52, float %56, float %51)
  %58 = fadd float %57, 1.000000e+00
  %59 = fptosi float %49 to i32
  %60 = ashr i32 %59, 1
  %61 = sub i32 %59, %60
  %62 = add i32 %60, 127
  %63 = shl i32 %62, 23
  %64 = bitcast i32 %63 to float
  %65 = fmul float %58, %64
  %66 = add i32 %61, 127
  %67 = shl i32 %66, 23
  %68 = bitcast i32 %67 to float
  %69 = fmul float %65, %68
  %70 = fcmp uno float %43, %43
  %71 = select i1 %70, float %43, float %69
  %72 = fadd float %acc11, %71
  %73 = add i64 %i10, 1
  br label %loop7

exit9:                                            ; preds = %loop7
  %74 = fcmp olt float %acc11, 0x3810000000000000
  %75 = fmul float %acc11, 0x4160000000000000
  %76 = select i1 %74, float %75, float %acc11
  %77 = bitcast float %76 to i32
  %78 = sub i32 %77, 1060439283
  %79 = ashr i32 %78, 23
  %80 = select i1 %74, i32 23, i32 0
  %81 = sub i32 %79, %80
  %82 = and i32 %78, 8388607
  %83 = add i32 %82, 1060439283
  %84 = bitcast i32 %83 to float
  %85 = fsub float %84, 1.000000e+00
  %86 = sitofp i32 %81 to float
  %87 = fmul float %85, %85
  %88 = fmul float %87, %85
  %89 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %85, float 0x3FC055EC60000000)
  %90 = call float @llvm.fmuladd.f32(float %89, float %85, float 0xBFC0D82420000000)
  %91 = call float @llvm.fmuladd.f32(float %90, float %85, float 0x3FC22D92E0000000)
  %92 = call float @llvm.fmuladd.f32(float %91, float %85, float 0xBFC54728A0000000)
  %93 = call float @llvm.fmuladd.f32(float %92, float %85, float 0x3FC99A01C0000000)
  %94 = call float @llvm.fmuladd.f32(float %93, float %85, float 0xBFD0002260000000)
  %95 = call float @llvm.fmuladd.f32(float %94, float %85, float 0x3FD5555540000000)
  %96 = fmul float -5.000000e-01, %87
  %97 = call float @llvm.fmuladd.f32(float %88, float %95, float %96)
  %98 = call float @llvm.fmuladd.f32(float %86, float 0xBF2BD01060000000, float %97)
  %99 = fadd float %98, %85
  %100 = call float @llvm.fmuladd.f32(float %86, float 0x3FE6300000000000, float %99)
  %101 = fcmp oeq float %acc11, 0.000000e+00
  %102 = select i1 %101, float 0xFFF0000000000000, float %100
  %103 = fcmp olt float %acc11, 0.000000e+00
  %104 = select i1 %103, float 0x7FF8000000000000, float %102
  %105 = fcmp oeq float %acc11, 0x7FF0000000000000
  %106 = select i1 %105, float %acc11, float %104
  %107 = fcmp uno float %acc11, %acc11
  %108 = select i1 %107, float %acc11, float %106
  %109 = sext i32 %22 to i64
  br label %loop12

loop12:                                           ; preds = %body13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %149, %body13 ]
  %110 = icmp slt i64 %i15, 3
  br i1 %110, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %111 = add i64 %20, %i15
  %112 = getelementptr inbounds float, float* %7, i64 %111
  %113 = load float, float* %112, align 4
  %114 = fsub float %113, %acc
  %115 = fsub float %114, %108
  %116 = fcmp oge float %115, -1.100000e+02
  %117 = select i1 %116, float %115, float -1.100000e+02
  %118 = fcmp ole float %117, 1.000000e+02
  %119 = select i1 %118, float %117, float 1.000000e+02
  %120 = fmul float %119, 0x3FF7154760000000
  %121 = call float @llvm.rint.f32(float %120)
  %122 = call float @llvm.fmuladd.f32(float %121, float 0xBFE6300000000000, float %119)
  %123 = call float @llvm.fmuladd.f32(float %121, float 0x3F2BD01060000000, float %122)
  %124 = fmul float %123, %123
  %125 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %123, float 0x3F81239880000000)
  %126 = call float @llvm.fmuladd.f32(float %125, float %123, float 0x3FA5558AE0000000)
  %127 = call float @llvm.fmuladd.f32(float %126, float %123, float 0x3FC5554920000000)
  %128 = call float @llvm.fmuladd.f32(float %127, float %123, float 0x3FDFFFFFC0000000)
  %129 = call float @llvm.fmuladd.f32(float %124, float %128, float %123)
  %130 = fadd float %129, 1.000000e+00
  %131 = fptosi float %121 to i32
  %132 = ashr i32 %131, 1
  %133 = sub i32 %131, %132
  %134 = add i32 %132, 127
  %135 = shl i32 %134, 23
  %136 = bitcast i32 %135 to float
  %137 = fmul float %130, %136
  %138 = add i32 %133, 127
  %139 = shl i32 %138, 23
  %140 = bitcast i32 %139 to float
  %141 = fmul float %137, %140
  %142 = fcmp uno float %115, %115
  %143 = select i1 %142, float %115, float %141
  %144 = icmp eq i64 %i15, %109
  %145 = select i1 %144, float 1.000000e+00, float 0.000000e+00
  %146 = fsub float %143, %145
  %147 = fmul float %25, %146
  %148 = getelementptr inbounds float, float* %18, i64 %111
  store float %147, float* %148, align 4
  %149 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  br label %join2
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k28(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4224
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 1
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4096
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 2
  %17 = srem i64 %i, 2
  %18 = mul i64 %16, 6
  %19 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %38, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 3
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %34, %body6 ]
  %24 = icmp slt i64 %i8, 3
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = mul i64 %17, 3
  %26 = add i64 %25, %i8
  %27 = add i64 %18, %26
  %28 = getelementptr inbounds float, float* %7, i64 %27
  %29 = load float, float* %28, align 4
  %30 = add i64 %22, %i8
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fmul float %29, %32
  %34 = fadd float %acc, %33
  %35 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %36 = add i64 %19, %i4
  %37 = getelementptr inbounds float, float* %14, i64 %36
  store float %acc, float* %37, align 4
  %38 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k29(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4224
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 35
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 16
  %17 = srem i64 %i, 16
  %18 = mul i64 %16, 32
  %19 = mul i64 %i, 3
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 2
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 16
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 3
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 3
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k30(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 32
  %16 = select i1 %15, i64 %14, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, 1.250000e-01
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k31(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 15360
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  %15 = mul i64 %i, 16
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %exit7 ]
  %17 = icmp slt i64 %i4, 8
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 16
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %27, %body6 ]
  %21 = icmp slt i64 %i8, 16
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = add i64 %19, %i8
  %23 = add i64 %16, %i8
  %24 = getelementptr inbounds float, float* %11, i64 %23
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %7, i64 %22
  store float %25, float* %26, align 4
  %27 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %28 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k32(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 15360
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 9
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 4096
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 128
  %19 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %135, %exit18 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %113, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %46, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %57, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %68, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %79, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %90, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %101, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %112, %body6 ]
  %24 = icmp slt i64 %i8, 16
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = add i64 %i8, 0
  %26 = mul i64 %17, 16
  %27 = add i64 %26, %25
  %28 = add i64 %18, %27
  %29 = getelementptr inbounds float, float* %7, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %22, %25
  %32 = getelementptr inbounds float, float* %10, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  %37 = mul i64 %17, 16
  %38 = add i64 %37, %36
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %7, i64 %39
  %41 = load float, float* %40, align 4
  %42 = add i64 %22, %36
  %43 = getelementptr inbounds float, float* %10, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fmul float %41, %44
  %46 = fadd float %acc9, %45
  %47 = add i64 %i8, 2
  %48 = mul i64 %17, 16
  %49 = add i64 %48, %47
  %50 = add i64 %18, %49
  %51 = getelementptr inbounds float, float* %7, i64 %50
  %52 = load float, float* %51, align 4
  %53 = add i64 %22, %47
  %54 = getelementptr inbounds float, float* %10, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %52, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i8, 3
  %59 = mul i64 %17, 16
  %60 = add i64 %59, %58
  %61 = add i64 %18, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = add i64 %22, %58
  %65 = getelementptr inbounds float, float* %10, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fmul float %63, %66
  %68 = fadd float %acc11, %67
  %69 = add i64 %i8, 4
  %70 = mul i64 %17, 16
  %71 = add i64 %70, %69
  %72 = add i64 %18, %71
  %73 = getelementptr inbounds float, float* %7, i64 %72
  %74 = load float, float* %73, align 4
  %75 = add i64 %22, %69
  %76 = getelementptr inbounds float, float* %10, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %74, %77
  %79 = fadd float %acc12, %78
  %80 = add i64 %i8, 5
  %81 = mul i64 %17, 16
  %82 = add i64 %81, %80
  %83 = add i64 %18, %82
  %84 = getelementptr inbounds float, float* %7, i64 %83
  %85 = load float, float* %84, align 4
  %86 = add i64 %22, %80
  %87 = getelementptr inbounds float, float* %10, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %85, %88
  %90 = fadd float %acc13, %89
  %91 = add i64 %i8, 6
  %92 = mul i64 %17, 16
  %93 = add i64 %92, %91
  %94 = add i64 %18, %93
  %95 = getelementptr inbounds float, float* %7, i64 %94
  %96 = load float, float* %95, align 4
  %97 = add i64 %22, %91
  %98 = getelementptr inbounds float, float* %10, i64 %97
  %99 = load float, float* %98, align 4
  %100 = fmul float %96, %99
  %101 = fadd float %acc14, %100
  %102 = add i64 %i8, 7
  %103 = mul i64 %17, 16
  %104 = add i64 %103, %102
  %105 = add i64 %18, %104
  %106 = getelementptr inbounds float, float* %7, i64 %105
  %107 = load float, float* %106, align 4
  %108 = add i64 %22, %102
  %109 = getelementptr inbounds float, float* %10, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fmul float %107, %110
  %112 = fadd float %acc15, %111
  %113 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %114 = fadd float %acc, %acc9
  %115 = fadd float %acc10, %acc11
  %116 = fadd float %acc12, %acc13
  %117 = fadd float %acc14, %acc15
  %118 = fadd float %114, %115
  %119 = fadd float %116, %117
  %120 = fadd float %118, %119
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %132, %body17 ]
  %acc20 = phi float [ %120, %exit7 ], [ %131, %body17 ]
  %121 = icmp slt i64 %i19, 16
  br i1 %121, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %122 = mul i64 %17, 16
  %123 = add i64 %122, %i19
  %124 = add i64 %18, %123
  %125 = getelementptr inbounds float, float* %7, i64 %124
  %126 = load float, float* %125, align 4
  %127 = add i64 %22, %i19
  %128 = getelementptr inbounds float, float* %10, i64 %127
  %129 = load float, float* %128, align 4
  %130 = fmul float %126, %129
  %131 = fadd float %acc20, %130
  %132 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %133 = add i64 %19, %i4
  %134 = getelementptr inbounds float, float* %14, i64 %133
  store float %acc20, float* %134, align 4
  %135 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k33(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 15360
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 43
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 32
  %17 = srem i64 %i, 32
  %18 = mul i64 %16, 512
  %19 = mul i64 %i, 16
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 32
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 16
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 16
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k34(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float 1.000000e+00, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k35(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 512
  %19 = select i1 %18, i64 %17, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k36(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 8
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %134, %exit18 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 32
  %21 = add i64 0, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %112, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %34, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %45, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %56, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %67, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %78, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %89, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %100, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %111, %body6 ]
  %23 = icmp slt i64 %i8, 32
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = add i64 %i8, 0
  %25 = mul i64 %16, 32
  %26 = add i64 %25, %24
  %27 = add i64 %17, %26
  %28 = getelementptr inbounds float, float* %7, i64 %27
  %29 = load float, float* %28, align 4
  %30 = add i64 %21, %24
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fmul float %29, %32
  %34 = fadd float %acc, %33
  %35 = add i64 %i8, 1
  %36 = mul i64 %16, 32
  %37 = add i64 %36, %35
  %38 = add i64 %17, %37
  %39 = getelementptr inbounds float, float* %7, i64 %38
  %40 = load float, float* %39, align 4
  %41 = add i64 %21, %35
  %42 = getelementptr inbounds float, float* %10, i64 %41
  %43 = load float, float* %42, align 4
  %44 = fmul float %40, %43
  %45 = fadd float %acc9, %44
  %46 = add i64 %i8, 2
  %47 = mul i64 %16, 32
  %48 = add i64 %47, %46
  %49 = add i64 %17, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %21, %46
  %53 = getelementptr inbounds float, float* %10, i64 %52
  %54 = load float, float* %53, align 4
  %55 = fmul float %51, %54
  %56 = fadd float %acc10, %55
  %57 = add i64 %i8, 3
  %58 = mul i64 %16, 32
  %59 = add i64 %58, %57
  %60 = add i64 %17, %59
  %61 = getelementptr inbounds float, float* %7, i64 %60
  %62 = load float, float* %61, align 4
  %63 = add i64 %21, %57
  %64 = getelementptr inbounds float, float* %10, i64 %63
  %65 = load float, float* %64, align 4
  %66 = fmul float %62, %65
  %67 = fadd float %acc11, %66
  %68 = add i64 %i8, 4
  %69 = mul i64 %16, 32
  %70 = add i64 %69, %68
  %71 = add i64 %17, %70
  %72 = getelementptr inbounds float, float* %7, i64 %71
  %73 = load float, float* %72, align 4
  %74 = add i64 %21, %68
  %75 = getelementptr inbounds float, float* %10, i64 %74
  %76 = load float, float* %75, align 4
  %77 = fmul float %73, %76
  %78 = fadd float %acc12, %77
  %79 = add i64 %i8, 5
  %80 = mul i64 %16, 32
  %81 = add i64 %80, %79
  %82 = add i64 %17, %81
  %83 = getelementptr inbounds float, float* %7, i64 %82
  %84 = load float, float* %83, align 4
  %85 = add i64 %21, %79
  %86 = getelementptr inbounds float, float* %10, i64 %85
  %87 = load float, float* %86, align 4
  %88 = fmul float %84, %87
  %89 = fadd float %acc13, %88
  %90 = add i64 %i8, 6
  %91 = mul i64 %16, 32
  %92 = add i64 %91, %90
  %93 = add i64 %17, %92
  %94 = getelementptr inbounds float, float* %7, i64 %93
  %95 = load float, float* %94, align 4
  %96 = add i64 %21, %90
  %97 = getelementptr inbounds float, float* %10, i64 %96
  %98 = load float, float* %97, align 4
  %99 = fmul float %95, %98
  %100 = fadd float %acc14, %99
  %101 = add i64 %i8, 7
  %102 = mul i64 %16, 32
  %103 = add i64 %102, %101
  %104 = add i64 %17, %103
  %105 = getelementptr inbounds float, float* %7, i64 %104
  %106 = load float, float* %105, align 4
  %107 = add i64 %21, %101
  %108 = getelementptr inbounds float, float* %10, i64 %107
  %109 = load float, float* %108, align 4
  %110 = fmul float %106, %109
  %111 = fadd float %acc15, %110
  %112 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %113 = fadd float %acc, %acc9
  %114 = fadd float %acc10, %acc11
  %115 = fadd float %acc12, %acc13
  %116 = fadd float %acc14, %acc15
  %117 = fadd float %113, %114
  %118 = fadd float %115, %116
  %119 = fadd float %117, %118
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %131, %body17 ]
  %acc20 = phi float [ %119, %exit7 ], [ %130, %body17 ]
  %120 = icmp slt i64 %i19, 32
  br i1 %120, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %121 = mul i64 %16, 32
  %122 = add i64 %121, %i19
  %123 = add i64 %17, %122
  %124 = getelementptr inbounds float, float* %7, i64 %123
  %125 = load float, float* %124, align 4
  %126 = add i64 %21, %i19
  %127 = getelementptr inbounds float, float* %10, i64 %126
  %128 = load float, float* %127, align 4
  %129 = fmul float %125, %128
  %130 = fadd float %acc20, %129
  %131 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %132 = add i64 %18, %i4
  %133 = getelementptr inbounds float, float* %13, i64 %132
  store float %acc20, float* %133, align 4
  %134 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k37(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 14336
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 42
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 16
  %17 = srem i64 %i, 16
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 16
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 32
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 32
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k38(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 13312
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, %21
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k39(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %74, %exit14 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = srem i64 %i, 16
  %14 = sdiv i64 %i, 16
  %15 = mul i64 %13, 16
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %58, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %22, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %27, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %32, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %37, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %42, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %52, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %57, %body2 ]
  %17 = icmp slt i64 %i4, 16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 %i4, 0
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %7, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fadd float %acc, %21
  %23 = add i64 %i4, 1
  %24 = add i64 %16, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = fadd float %acc5, %26
  %28 = add i64 %i4, 2
  %29 = add i64 %16, %28
  %30 = getelementptr inbounds float, float* %7, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fadd float %acc6, %31
  %33 = add i64 %i4, 3
  %34 = add i64 %16, %33
  %35 = getelementptr inbounds float, float* %7, i64 %34
  %36 = load float, float* %35, align 4
  %37 = fadd float %acc7, %36
  %38 = add i64 %i4, 4
  %39 = add i64 %16, %38
  %40 = getelementptr inbounds float, float* %7, i64 %39
  %41 = load float, float* %40, align 4
  %42 = fadd float %acc8, %41
  %43 = add i64 %i4, 5
  %44 = add i64 %16, %43
  %45 = getelementptr inbounds float, float* %7, i64 %44
  %46 = load float, float* %45, align 4
  %47 = fadd float %acc9, %46
  %48 = add i64 %i4, 6
  %49 = add i64 %16, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = fadd float %acc10, %51
  %53 = add i64 %i4, 7
  %54 = add i64 %16, %53
  %55 = getelementptr inbounds float, float* %7, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fadd float %acc11, %56
  %58 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %59 = fadd float %acc, %acc5
  %60 = fadd float %acc6, %acc7
  %61 = fadd float %acc8, %acc9
  %62 = fadd float %acc10, %acc11
  %63 = fadd float %59, %60
  %64 = fadd float %61, %62
  %65 = fadd float %63, %64
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %71, %body13 ]
  %acc16 = phi float [ %65, %exit3 ], [ %70, %body13 ]
  %66 = icmp slt i64 %i15, 16
  br i1 %66, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %67 = add i64 %16, %i15
  %68 = getelementptr inbounds float, float* %7, i64 %67
  %69 = load float, float* %68, align 4
  %70 = fadd float %acc16, %69
  %71 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %72 = fdiv float %acc16, 1.600000e+01
  %73 = getelementptr inbounds float, float* %11, i64 %i
  store float %72, float* %73, align 4
  %74 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k40(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 16
  %16 = select i1 %15, i64 %14, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fadd float %21, 0x3EB0C6F7A0000000
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k41(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 16
  %16 = select i1 %15, i64 %14, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %25, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = call float @llvm.sqrt.f32(float %21)
  %23 = fdiv float 1.000000e+00, %22
  %24 = getelementptr inbounds float, float* %7, i64 %18
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k42(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 13312
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2048
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 16
  %18 = add i64 0, %17
  %19 = mul i64 %i, 16
  %20 = add i64 0, %19
  %21 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %31, %body2 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = add i64 %18, %i4
  %24 = add i64 %20, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %24
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %21
  %28 = load float, float* %27, align 4
  %29 = fmul float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %23
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k43(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 1024
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %10, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k44(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 41
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 16
  %13 = sdiv i64 %i, 16
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 16
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 16
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %7, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %acc, %19
  %21 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %22 = getelementptr inbounds float, float* %10, i64 %i
  store float %acc, float* %22, align 4
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k45(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 7
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k46(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 13312
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %10, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k47(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2112
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %74, %exit14 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = srem i64 %i, 16
  %14 = sdiv i64 %i, 16
  %15 = mul i64 %13, 16
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %58, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %22, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %27, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %32, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %37, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %42, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %52, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %57, %body2 ]
  %17 = icmp slt i64 %i4, 16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 %i4, 0
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %7, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fadd float %acc, %21
  %23 = add i64 %i4, 1
  %24 = add i64 %16, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = fadd float %acc5, %26
  %28 = add i64 %i4, 2
  %29 = add i64 %16, %28
  %30 = getelementptr inbounds float, float* %7, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fadd float %acc6, %31
  %33 = add i64 %i4, 3
  %34 = add i64 %16, %33
  %35 = getelementptr inbounds float, float* %7, i64 %34
  %36 = load float, float* %35, align 4
  %37 = fadd float %acc7, %36
  %38 = add i64 %i4, 4
  %39 = add i64 %16, %38
  %40 = getelementptr inbounds float, float* %7, i64 %39
  %41 = load float, float* %40, align 4
  %42 = fadd float %acc8, %41
  %43 = add i64 %i4, 5
  %44 = add i64 %16, %43
  %45 = getelementptr inbounds float, float* %7, i64 %44
  %46 = load float, float* %45, align 4
  %47 = fadd float %acc9, %46
  %48 = add i64 %i4, 6
  %49 = add i64 %16, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = fadd float %acc10, %51
  %53 = add i64 %i4, 7
  %54 = add i64 %16, %53
  %55 = getelementptr inbounds float, float* %7, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fadd float %acc11, %56
  %58 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %59 = fadd float %acc, %acc5
  %60 = fadd float %acc6, %acc7
  %61 = fadd float %acc8, %acc9
  %62 = fadd float %acc10, %acc11
  %63 = fadd float %59, %60
  %64 = fadd float %61, %62
  %65 = fadd float %63, %64
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %71, %body13 ]
  %acc16 = phi float [ %65, %exit3 ], [ %70, %body13 ]
  %66 = icmp slt i64 %i15, 16
  br i1 %66, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %67 = add i64 %16, %i15
  %68 = getelementptr inbounds float, float* %7, i64 %67
  %69 = load float, float* %68, align 4
  %70 = fadd float %acc16, %69
  %71 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %72 = fdiv float %acc16, 1.600000e+01
  %73 = getelementptr inbounds float, float* %11, i64 %i
  store float %72, float* %73, align 4
  %74 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k48(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 16
  %16 = select i1 %15, i64 %14, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, %21
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k49(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2112
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 16
  %20 = select i1 %19, i64 %18, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fmul float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k50(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 13312
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 13312
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 16
  %18 = add i64 0, %17
  %19 = mul i64 %i, 16
  %20 = add i64 0, %19
  %21 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %31, %body2 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = add i64 %18, %i4
  %24 = add i64 %20, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %24
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %21
  %28 = load float, float* %27, align 4
  %29 = fmul float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %23
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k51(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 44
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 13312
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 4096
  %16 = add i64 %15, 4096
  %17 = icmp slt i64 %16, 256
  %18 = select i1 %17, i64 %16, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %29, %body2 ]
  %19 = icmp slt i64 %i4, %18
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = getelementptr inbounds float, float* %9, i64 %21
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %22
  %26 = load float, float* %25, align 4
  %27 = fsub float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k52(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 2048
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 16
  %16 = add i64 0, %15
  %17 = add i64 0, %i
  %18 = mul i64 %i, 16
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %29, %body2 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %16, %i4
  %22 = add i64 %19, %i4
  %23 = getelementptr inbounds float, float* %10, i64 %17
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %22
  %26 = load float, float* %25, align 4
  %27 = fmul float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %21
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k53(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 15360
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 15360
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k54(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 15360
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 6
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %134, %exit18 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 16
  %21 = add i64 0, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %112, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %34, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %45, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %56, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %67, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %78, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %89, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %100, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %111, %body6 ]
  %23 = icmp slt i64 %i8, 16
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = add i64 %i8, 0
  %25 = mul i64 %16, 16
  %26 = add i64 %25, %24
  %27 = add i64 %17, %26
  %28 = getelementptr inbounds float, float* %7, i64 %27
  %29 = load float, float* %28, align 4
  %30 = add i64 %21, %24
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fmul float %29, %32
  %34 = fadd float %acc, %33
  %35 = add i64 %i8, 1
  %36 = mul i64 %16, 16
  %37 = add i64 %36, %35
  %38 = add i64 %17, %37
  %39 = getelementptr inbounds float, float* %7, i64 %38
  %40 = load float, float* %39, align 4
  %41 = add i64 %21, %35
  %42 = getelementptr inbounds float, float* %10, i64 %41
  %43 = load float, float* %42, align 4
  %44 = fmul float %40, %43
  %45 = fadd float %acc9, %44
  %46 = add i64 %i8, 2
  %47 = mul i64 %16, 16
  %48 = add i64 %47, %46
  %49 = add i64 %17, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %21, %46
  %53 = getelementptr inbounds float, float* %10, i64 %52
  %54 = load float, float* %53, align 4
  %55 = fmul float %51, %54
  %56 = fadd float %acc10, %55
  %57 = add i64 %i8, 3
  %58 = mul i64 %16, 16
  %59 = add i64 %58, %57
  %60 = add i64 %17, %59
  %61 = getelementptr inbounds float, float* %7, i64 %60
  %62 = load float, float* %61, align 4
  %63 = add i64 %21, %57
  %64 = getelementptr inbounds float, float* %10, i64 %63
  %65 = load float, float* %64, align 4
  %66 = fmul float %62, %65
  %67 = fadd float %acc11, %66
  %68 = add i64 %i8, 4
  %69 = mul i64 %16, 16
  %70 = add i64 %69, %68
  %71 = add i64 %17, %70
  %72 = getelementptr inbounds float, float* %7, i64 %71
  %73 = load float, float* %72, align 4
  %74 = add i64 %21, %68
  %75 = getelementptr inbounds float, float* %10, i64 %74
  %76 = load float, float* %75, align 4
  %77 = fmul float %73, %76
  %78 = fadd float %acc12, %77
  %79 = add i64 %i8, 5
  %80 = mul i64 %16, 16
  %81 = add i64 %80, %79
  %82 = add i64 %17, %81
  %83 = getelementptr inbounds float, float* %7, i64 %82
  %84 = load float, float* %83, align 4
  %85 = add i64 %21, %79
  %86 = getelementptr inbounds float, float* %10, i64 %85
  %87 = load float, float* %86, align 4
  %88 = fmul float %84, %87
  %89 = fadd float %acc13, %88
  %90 = add i64 %i8, 6
  %91 = mul i64 %16, 16
  %92 = add i64 %91, %90
  %93 = add i64 %17, %92
  %94 = getelementptr inbounds float, float* %7, i64 %93
  %95 = load float, float* %94, align 4
  %96 = add i64 %21, %90
  %97 = getelementptr inbounds float, float* %10, i64 %96
  %98 = load float, float* %97, align 4
  %99 = fmul float %95, %98
  %100 = fadd float %acc14, %99
  %101 = add i64 %i8, 7
  %102 = mul i64 %16, 16
  %103 = add i64 %102, %101
  %104 = add i64 %17, %103
  %105 = getelementptr inbounds float, float* %7, i64 %104
  %106 = load float, float* %105, align 4
  %107 = add i64 %21, %101
  %108 = getelementptr inbounds float, float* %10, i64 %107
  %109 = load float, float* %108, align 4
  %110 = fmul float %106, %109
  %111 = fadd float %acc15, %110
  %112 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %113 = fadd float %acc, %acc9
  %114 = fadd float %acc10, %acc11
  %115 = fadd float %acc12, %acc13
  %116 = fadd float %acc14, %acc15
  %117 = fadd float %113, %114
  %118 = fadd float %115, %116
  %119 = fadd float %117, %118
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %131, %body17 ]
  %acc20 = phi float [ %119, %exit7 ], [ %130, %body17 ]
  %120 = icmp slt i64 %i19, 16
  br i1 %120, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %121 = mul i64 %16, 16
  %122 = add i64 %121, %i19
  %123 = add i64 %17, %122
  %124 = getelementptr inbounds float, float* %7, i64 %123
  %125 = load float, float* %124, align 4
  %126 = add i64 %21, %i19
  %127 = getelementptr inbounds float, float* %10, i64 %126
  %128 = load float, float* %127, align 4
  %129 = fmul float %125, %128
  %130 = fadd float %acc20, %129
  %131 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %132 = add i64 %18, %i4
  %133 = getelementptr inbounds float, float* %13, i64 %132
  store float %acc20, float* %133, align 4
  %134 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k55(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 12288
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 15360
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 40
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 16
  %17 = srem i64 %i, 16
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 16
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 16
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 16
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 16
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k56(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 2
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 64
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 8
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 16
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %7, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k57(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 10240
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 64
  %19 = mul i64 %16, 64
  %20 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 8
  %23 = add i64 %19, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %25 = icmp slt i64 %i8, 8
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = mul i64 %17, 8
  %27 = add i64 %26, %i8
  %28 = add i64 %18, %27
  %29 = getelementptr inbounds float, float* %7, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %23, %i8
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %37 = add i64 %20, %i4
  %38 = getelementptr inbounds float, float* %14, i64 %37
  store float %acc, float* %38, align 4
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k58(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 11264
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2048
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = sdiv i64 %i, 8
  %18 = srem i64 %i, 8
  %19 = mul i64 %17, 64
  %20 = mul i64 %17, 64
  %21 = mul i64 %i, 8
  %22 = getelementptr inbounds float, float* %15, i64 %21
  %23 = bitcast float* %22 to i8*
  call void @llvm.memset.p0i8.i64(i8* %23, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %43, %exit7 ]
  %24 = icmp slt i64 %i4, 8
  br i1 %24, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %25 = mul i64 %i4, 8
  %26 = add i64 %25, %18
  %27 = add i64 %19, %26
  %28 = getelementptr inbounds float, float* %7, i64 %27
  %29 = load float, float* %28, align 4
  %30 = mul i64 %i4, 8
  %31 = add i64 %20, %30
  br label %loop5

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %42, %body6 ]
  %33 = icmp slt i64 %i8, 8
  br i1 %33, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %34 = add i64 %21, %i8
  %35 = add i64 %31, %i8
  %36 = getelementptr inbounds float, float* %11, i64 %35
  %37 = load float, float* %36, align 4
  %38 = getelementptr inbounds float, float* %15, i64 %34
  %39 = load float, float* %38, align 4
  %40 = call float @llvm.fmuladd.f32(float %29, float %37, float %39)
  %41 = getelementptr inbounds float, float* %15, i64 %34
  store float %40, float* %41, align 4
  %42 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %43 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k59(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 11264
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %10, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k60(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 3072
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = srem i64 %i, 32
  %14 = sdiv i64 %i, 32
  %15 = mul i64 %13, 8
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %17 = icmp slt i64 %i4, 8
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 %16, %i4
  %19 = getelementptr inbounds float, float* %7, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = getelementptr inbounds float, float* %11, i64 %i
  store float %acc, float* %23, align 4
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k61(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 44
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 3072
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 8
  %16 = add i64 0, %15
  %17 = mul i64 %i, 8
  %18 = add i64 0, %17
  %19 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %29, %body2 ]
  %20 = icmp slt i64 %i4, 8
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %16, %i4
  %22 = add i64 %18, %i4
  %23 = getelementptr inbounds float, float* %9, i64 %22
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %19
  %26 = load float, float* %25, align 4
  %27 = fsub float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %21
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k62(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 11264
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 11264
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k63(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 11264
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 11264
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, 0x3FD6A09E60000000
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k64(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 11264
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 9216
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 64
  %19 = mul i64 %16, 64
  %20 = mul i64 %i, 8
  %21 = getelementptr inbounds float, float* %14, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %17, 8
  %25 = add i64 %24, %i4
  %26 = add i64 %18, %25
  %27 = getelementptr inbounds float, float* %7, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 8
  %30 = add i64 %19, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 8
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %11, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %14, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %14, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k65(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 11264
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 8192
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = sdiv i64 %i, 8
  %18 = srem i64 %i, 8
  %19 = mul i64 %17, 64
  %20 = mul i64 %17, 64
  %21 = mul i64 %i, 8
  %22 = getelementptr inbounds float, float* %15, i64 %21
  %23 = bitcast float* %22 to i8*
  call void @llvm.memset.p0i8.i64(i8* %23, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %43, %exit7 ]
  %24 = icmp slt i64 %i4, 8
  br i1 %24, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %25 = mul i64 %i4, 8
  %26 = add i64 %25, %18
  %27 = add i64 %19, %26
  %28 = getelementptr inbounds float, float* %7, i64 %27
  %29 = load float, float* %28, align 4
  %30 = mul i64 %i4, 8
  %31 = add i64 %20, %30
  br label %loop5

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %42, %body6 ]
  %33 = icmp slt i64 %i8, 8
  br i1 %33, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %34 = add i64 %21, %i8
  %35 = add i64 %31, %i8
  %36 = getelementptr inbounds float, float* %11, i64 %35
  %37 = load float, float* %36, align 4
  %38 = getelementptr inbounds float, float* %15, i64 %34
  %39 = load float, float* %38, align 4
  %40 = call float @llvm.fmuladd.f32(float %29, float %37, float %39)
  %41 = getelementptr inbounds float, float* %15, i64 %34
  store float %40, float* %41, align 4
  %42 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %43 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k66(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  %15 = mul i64 %i, 128
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %exit7 ]
  %17 = icmp slt i64 %i4, 8
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 16
  %19 = add i64 %14, %18
  %20 = mul i64 %i4, 8
  %21 = add i64 %16, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %exit11 ]
  %23 = icmp slt i64 %i8, 2
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %i8, 8
  %25 = add i64 %19, %24
  %26 = mul i64 %i8, 64
  %27 = add i64 %21, %26
  br label %loop9

exit7:                                            ; preds = %loop5
  %28 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %35, %body10 ]
  %29 = icmp slt i64 %i12, 8
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = add i64 %25, %i12
  %31 = add i64 %27, %i12
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %7, i64 %30
  store float %33, float* %34, align 4
  %35 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %36 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k67(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 5
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 2048
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 128
  %19 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %135, %exit18 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %113, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %46, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %57, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %68, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %79, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %90, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %101, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %112, %body6 ]
  %24 = icmp slt i64 %i8, 16
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = add i64 %i8, 0
  %26 = mul i64 %17, 16
  %27 = add i64 %26, %25
  %28 = add i64 %18, %27
  %29 = getelementptr inbounds float, float* %7, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %22, %25
  %32 = getelementptr inbounds float, float* %10, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  %37 = mul i64 %17, 16
  %38 = add i64 %37, %36
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %7, i64 %39
  %41 = load float, float* %40, align 4
  %42 = add i64 %22, %36
  %43 = getelementptr inbounds float, float* %10, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fmul float %41, %44
  %46 = fadd float %acc9, %45
  %47 = add i64 %i8, 2
  %48 = mul i64 %17, 16
  %49 = add i64 %48, %47
  %50 = add i64 %18, %49
  %51 = getelementptr inbounds float, float* %7, i64 %50
  %52 = load float, float* %51, align 4
  %53 = add i64 %22, %47
  %54 = getelementptr inbounds float, float* %10, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %52, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i8, 3
  %59 = mul i64 %17, 16
  %60 = add i64 %59, %58
  %61 = add i64 %18, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = add i64 %22, %58
  %65 = getelementptr inbounds float, float* %10, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fmul float %63, %66
  %68 = fadd float %acc11, %67
  %69 = add i64 %i8, 4
  %70 = mul i64 %17, 16
  %71 = add i64 %70, %69
  %72 = add i64 %18, %71
  %73 = getelementptr inbounds float, float* %7, i64 %72
  %74 = load float, float* %73, align 4
  %75 = add i64 %22, %69
  %76 = getelementptr inbounds float, float* %10, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %74, %77
  %79 = fadd float %acc12, %78
  %80 = add i64 %i8, 5
  %81 = mul i64 %17, 16
  %82 = add i64 %81, %80
  %83 = add i64 %18, %82
  %84 = getelementptr inbounds float, float* %7, i64 %83
  %85 = load float, float* %84, align 4
  %86 = add i64 %22, %80
  %87 = getelementptr inbounds float, float* %10, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %85, %88
  %90 = fadd float %acc13, %89
  %91 = add i64 %i8, 6
  %92 = mul i64 %17, 16
  %93 = add i64 %92, %91
  %94 = add i64 %18, %93
  %95 = getelementptr inbounds float, float* %7, i64 %94
  %96 = load float, float* %95, align 4
  %97 = add i64 %22, %91
  %98 = getelementptr inbounds float, float* %10, i64 %97
  %99 = load float, float* %98, align 4
  %100 = fmul float %96, %99
  %101 = fadd float %acc14, %100
  %102 = add i64 %i8, 7
  %103 = mul i64 %17, 16
  %104 = add i64 %103, %102
  %105 = add i64 %18, %104
  %106 = getelementptr inbounds float, float* %7, i64 %105
  %107 = load float, float* %106, align 4
  %108 = add i64 %22, %102
  %109 = getelementptr inbounds float, float* %10, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fmul float %107, %110
  %112 = fadd float %acc15, %111
  %113 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %114 = fadd float %acc, %acc9
  %115 = fadd float %acc10, %acc11
  %116 = fadd float %acc12, %acc13
  %117 = fadd float %acc14, %acc15
  %118 = fadd float %114, %115
  %119 = fadd float %116, %117
  %120 = fadd float %118, %119
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %132, %body17 ]
  %acc20 = phi float [ %120, %exit7 ], [ %131, %body17 ]
  %121 = icmp slt i64 %i19, 16
  br i1 %121, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %122 = mul i64 %17, 16
  %123 = add i64 %122, %i19
  %124 = add i64 %18, %123
  %125 = getelementptr inbounds float, float* %7, i64 %124
  %126 = load float, float* %125, align 4
  %127 = add i64 %22, %i19
  %128 = getelementptr inbounds float, float* %10, i64 %127
  %129 = load float, float* %128, align 4
  %130 = fmul float %126, %129
  %131 = fadd float %acc20, %130
  %132 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %133 = add i64 %19, %i4
  %134 = getelementptr inbounds float, float* %14, i64 %133
  store float %acc20, float* %134, align 4
  %135 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k68(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 3072
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 39
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 16
  %17 = srem i64 %i, 16
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 16
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 16
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 16
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 16
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k69(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  %15 = mul i64 %i, 128
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %exit7 ]
  %17 = icmp slt i64 %i4, 8
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 16
  %19 = add i64 %14, %18
  %20 = mul i64 %i4, 8
  %21 = add i64 %16, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %exit11 ]
  %23 = icmp slt i64 %i8, 2
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %i8, 8
  %25 = add i64 %19, %24
  %26 = mul i64 %i8, 64
  %27 = add i64 %21, %26
  br label %loop9

exit7:                                            ; preds = %loop5
  %28 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %35, %body10 ]
  %29 = icmp slt i64 %i12, 8
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = add i64 %25, %i12
  %31 = add i64 %27, %i12
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %7, i64 %30
  store float %33, float* %34, align 4
  %35 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %36 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k70(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 4
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 1024
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 128
  %19 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %135, %exit18 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %113, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %46, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %57, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %68, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %79, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %90, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %101, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %112, %body6 ]
  %24 = icmp slt i64 %i8, 16
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = add i64 %i8, 0
  %26 = mul i64 %17, 16
  %27 = add i64 %26, %25
  %28 = add i64 %18, %27
  %29 = getelementptr inbounds float, float* %7, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %22, %25
  %32 = getelementptr inbounds float, float* %10, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  %37 = mul i64 %17, 16
  %38 = add i64 %37, %36
  %39 = add i64 %18, %38
  %40 = getelementptr inbounds float, float* %7, i64 %39
  %41 = load float, float* %40, align 4
  %42 = add i64 %22, %36
  %43 = getelementptr inbounds float, float* %10, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fmul float %41, %44
  %46 = fadd float %acc9, %45
  %47 = add i64 %i8, 2
  %48 = mul i64 %17, 16
  %49 = add i64 %48, %47
  %50 = add i64 %18, %49
  %51 = getelementptr inbounds float, float* %7, i64 %50
  %52 = load float, float* %51, align 4
  %53 = add i64 %22, %47
  %54 = getelementptr inbounds float, float* %10, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %52, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i8, 3
  %59 = mul i64 %17, 16
  %60 = add i64 %59, %58
  %61 = add i64 %18, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = add i64 %22, %58
  %65 = getelementptr inbounds float, float* %10, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fmul float %63, %66
  %68 = fadd float %acc11, %67
  %69 = add i64 %i8, 4
  %70 = mul i64 %17, 16
  %71 = add i64 %70, %69
  %72 = add i64 %18, %71
  %73 = getelementptr inbounds float, float* %7, i64 %72
  %74 = load float, float* %73, align 4
  %75 = add i64 %22, %69
  %76 = getelementptr inbounds float, float* %10, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %74, %77
  %79 = fadd float %acc12, %78
  %80 = add i64 %i8, 5
  %81 = mul i64 %17, 16
  %82 = add i64 %81, %80
  %83 = add i64 %18, %82
  %84 = getelementptr inbounds float, float* %7, i64 %83
  %85 = load float, float* %84, align 4
  %86 = add i64 %22, %80
  %87 = getelementptr inbounds float, float* %10, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %85, %88
  %90 = fadd float %acc13, %89
  %91 = add i64 %i8, 6
  %92 = mul i64 %17, 16
  %93 = add i64 %92, %91
  %94 = add i64 %18, %93
  %95 = getelementptr inbounds float, float* %7, i64 %94
  %96 = load float, float* %95, align 4
  %97 = add i64 %22, %91
  %98 = getelementptr inbounds float, float* %10, i64 %97
  %99 = load float, float* %98, align 4
  %100 = fmul float %96, %99
  %101 = fadd float %acc14, %100
  %102 = add i64 %i8, 7
  %103 = mul i64 %17, 16
  %104 = add i64 %103, %102
  %105 = add i64 %18, %104
  %106 = getelementptr inbounds float, float* %7, i64 %105
  %107 = load float, float* %106, align 4
  %108 = add i64 %22, %102
  %109 = getelementptr inbounds float, float* %10, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fmul float %107, %110
  %112 = fadd float %acc15, %111
  %113 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %114 = fadd float %acc, %acc9
  %115 = fadd float %acc10, %acc11
  %116 = fadd float %acc12, %acc13
  %117 = fadd float %acc14, %acc15
  %118 = fadd float %114, %115
  %119 = fadd float %116, %117
  %120 = fadd float %118, %119
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %132, %body17 ]
  %acc20 = phi float [ %120, %exit7 ], [ %131, %body17 ]
  %121 = icmp slt i64 %i19, 16
  br i1 %121, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %122 = mul i64 %17, 16
  %123 = add i64 %122, %i19
  %124 = add i64 %18, %123
  %125 = getelementptr inbounds float, float* %7, i64 %124
  %126 = load float, float* %125, align 4
  %127 = add i64 %22, %i19
  %128 = getelementptr inbounds float, float* %10, i64 %127
  %129 = load float, float* %128, align 4
  %130 = fmul float %126, %129
  %131 = fadd float %acc20, %130
  %132 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %133 = add i64 %19, %i4
  %134 = getelementptr inbounds float, float* %14, i64 %133
  store float %acc20, float* %134, align 4
  %135 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k71(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 3072
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 38
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 16
  %17 = srem i64 %i, 16
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 16
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 16
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 16
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 16
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k72(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k73(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 8
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 16
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 2
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 64
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %7, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k74(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 3
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %134, %exit18 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 16
  %21 = add i64 0, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %112, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %34, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %45, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %56, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %67, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %78, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %89, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %100, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %111, %body6 ]
  %23 = icmp slt i64 %i8, 16
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = add i64 %i8, 0
  %25 = mul i64 %16, 16
  %26 = add i64 %25, %24
  %27 = add i64 %17, %26
  %28 = getelementptr inbounds float, float* %7, i64 %27
  %29 = load float, float* %28, align 4
  %30 = add i64 %21, %24
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fmul float %29, %32
  %34 = fadd float %acc, %33
  %35 = add i64 %i8, 1
  %36 = mul i64 %16, 16
  %37 = add i64 %36, %35
  %38 = add i64 %17, %37
  %39 = getelementptr inbounds float, float* %7, i64 %38
  %40 = load float, float* %39, align 4
  %41 = add i64 %21, %35
  %42 = getelementptr inbounds float, float* %10, i64 %41
  %43 = load float, float* %42, align 4
  %44 = fmul float %40, %43
  %45 = fadd float %acc9, %44
  %46 = add i64 %i8, 2
  %47 = mul i64 %16, 16
  %48 = add i64 %47, %46
  %49 = add i64 %17, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = add i64 %21, %46
  %53 = getelementptr inbounds float, float* %10, i64 %52
  %54 = load float, float* %53, align 4
  %55 = fmul float %51, %54
  %56 = fadd float %acc10, %55
  %57 = add i64 %i8, 3
  %58 = mul i64 %16, 16
  %59 = add i64 %58, %57
  %60 = add i64 %17, %59
  %61 = getelementptr inbounds float, float* %7, i64 %60
  %62 = load float, float* %61, align 4
  %63 = add i64 %21, %57
  %64 = getelementptr inbounds float, float* %10, i64 %63
  %65 = load float, float* %64, align 4
  %66 = fmul float %62, %65
  %67 = fadd float %acc11, %66
  %68 = add i64 %i8, 4
  %69 = mul i64 %16, 16
  %70 = add i64 %69, %68
  %71 = add i64 %17, %70
  %72 = getelementptr inbounds float, float* %7, i64 %71
  %73 = load float, float* %72, align 4
  %74 = add i64 %21, %68
  %75 = getelementptr inbounds float, float* %10, i64 %74
  %76 = load float, float* %75, align 4
  %77 = fmul float %73, %76
  %78 = fadd float %acc12, %77
  %79 = add i64 %i8, 5
  %80 = mul i64 %16, 16
  %81 = add i64 %80, %79
  %82 = add i64 %17, %81
  %83 = getelementptr inbounds float, float* %7, i64 %82
  %84 = load float, float* %83, align 4
  %85 = add i64 %21, %79
  %86 = getelementptr inbounds float, float* %10, i64 %85
  %87 = load float, float* %86, align 4
  %88 = fmul float %84, %87
  %89 = fadd float %acc13, %88
  %90 = add i64 %i8, 6
  %91 = mul i64 %16, 16
  %92 = add i64 %91, %90
  %93 = add i64 %17, %92
  %94 = getelementptr inbounds float, float* %7, i64 %93
  %95 = load float, float* %94, align 4
  %96 = add i64 %21, %90
  %97 = getelementptr inbounds float, float* %10, i64 %96
  %98 = load float, float* %97, align 4
  %99 = fmul float %95, %98
  %100 = fadd float %acc14, %99
  %101 = add i64 %i8, 7
  %102 = mul i64 %16, 16
  %103 = add i64 %102, %101
  %104 = add i64 %17, %103
  %105 = getelementptr inbounds float, float* %7, i64 %104
  %106 = load float, float* %105, align 4
  %107 = add i64 %21, %101
  %108 = getelementptr inbounds float, float* %10, i64 %107
  %109 = load float, float* %108, align 4
  %110 = fmul float %106, %109
  %111 = fadd float %acc15, %110
  %112 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %113 = fadd float %acc, %acc9
  %114 = fadd float %acc10, %acc11
  %115 = fadd float %acc12, %acc13
  %116 = fadd float %acc14, %acc15
  %117 = fadd float %113, %114
  %118 = fadd float %115, %116
  %119 = fadd float %117, %118
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %131, %body17 ]
  %acc20 = phi float [ %119, %exit7 ], [ %130, %body17 ]
  %120 = icmp slt i64 %i19, 16
  br i1 %120, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %121 = mul i64 %16, 16
  %122 = add i64 %121, %i19
  %123 = add i64 %17, %122
  %124 = getelementptr inbounds float, float* %7, i64 %123
  %125 = load float, float* %124, align 4
  %126 = add i64 %21, %i19
  %127 = getelementptr inbounds float, float* %10, i64 %126
  %128 = load float, float* %127, align 4
  %129 = fmul float %125, %128
  %130 = fadd float %acc20, %129
  %131 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %132 = add i64 %18, %i4
  %133 = getelementptr inbounds float, float* %13, i64 %132
  store float %acc20, float* %133, align 4
  %134 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k75(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 37
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 16
  %17 = srem i64 %i, 16
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 16
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 16
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 16
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 16
  br i1 %31, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %32 = add i64 %19, %i8
  %33 = add i64 %29, %i8
  %34 = getelementptr inbounds float, float* %11, i64 %33
  %35 = load float, float* %34, align 4
  %36 = getelementptr inbounds float, float* %14, i64 %32
  %37 = load float, float* %36, align 4
  %38 = call float @llvm.fmuladd.f32(float %27, float %35, float %37)
  %39 = getelementptr inbounds float, float* %14, i64 %32
  store float %38, float* %39, align 4
  %40 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %41 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k76(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fadd float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k77(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6144
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 4096
  %13 = add i64 %12, 4096
  %14 = icmp slt i64 %13, 256
  %15 = select i1 %14, i64 %13, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %12, %body ], [ %23, %body2 ]
  %16 = icmp slt i64 %i4, %15
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 0, %i4
  %18 = add i64 0, %i4
  %19 = getelementptr inbounds float, float* %10, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fmul float %20, %20
  %22 = getelementptr inbounds float, float* %6, i64 %17
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k78(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1024
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %73, %exit14 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 16
  %13 = sdiv i64 %i, 16
  %14 = mul i64 %12, 16
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %57, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %56, %body2 ]
  %16 = icmp slt i64 %i4, 16
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 %i4, 0
  %18 = add i64 %15, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  %23 = add i64 %15, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc5, %25
  %27 = add i64 %i4, 2
  %28 = add i64 %15, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc6, %30
  %32 = add i64 %i4, 3
  %33 = add i64 %15, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc7, %35
  %37 = add i64 %i4, 4
  %38 = add i64 %15, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc8, %40
  %42 = add i64 %i4, 5
  %43 = add i64 %15, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc9, %45
  %47 = add i64 %i4, 6
  %48 = add i64 %15, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc10, %50
  %52 = add i64 %i4, 7
  %53 = add i64 %15, %52
  %54 = getelementptr inbounds float, float* %6, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fadd float %acc11, %55
  %57 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %58 = fadd float %acc, %acc5
  %59 = fadd float %acc6, %acc7
  %60 = fadd float %acc8, %acc9
  %61 = fadd float %acc10, %acc11
  %62 = fadd float %58, %59
  %63 = fadd float %60, %61
  %64 = fadd float %62, %63
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %70, %body13 ]
  %acc16 = phi float [ %64, %exit3 ], [ %69, %body13 ]
  %65 = icmp slt i64 %i15, 16
  br i1 %65, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %66 = add i64 %15, %i15
  %67 = getelementptr inbounds float, float* %6, i64 %66
  %68 = load float, float* %67, align 4
  %69 = fadd float %acc16, %68
  %70 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %71 = fdiv float %acc16, 1.600000e+01
  %72 = getelementptr inbounds float, float* %10, i64 %i
  store float %71, float* %72, align 4
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k79(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 16
  %16 = select i1 %15, i64 %14, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fadd float %21, 0x3EB0C6F7A0000000
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k80(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 16
  %16 = select i1 %15, i64 %14, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %25, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = call float @llvm.sqrt.f32(float %21)
  %23 = fdiv float 1.000000e+00, %22
  %24 = getelementptr inbounds float, float* %7, i64 %18
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k81(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6144
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 1024
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = mul i64 %i, 16
  %19 = add i64 0, %18
  %20 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 %17, %i4
  %23 = add i64 %19, %i4
  %24 = getelementptr inbounds float, float* %10, i64 %23
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %20
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %6, i64 %22
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k82(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 2048
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 4096
  %16 = add i64 %15, 4096
  %17 = icmp slt i64 %16, 256
  %18 = select i1 %17, i64 %16, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %29, %body2 ]
  %19 = icmp slt i64 %i4, %18
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = getelementptr inbounds float, float* %10, i64 %21
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %22
  %26 = load float, float* %25, align 4
  %27 = fmul float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k83(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 16
  %12 = sdiv i64 %i, 16
  %13 = add i64 0, %11
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 16
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = mul i64 %i4, 16
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k84(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 2
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = mul i64 %i, 16
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k85(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 2048
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 44
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6144
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4096
  %17 = add i64 %16, 4096
  %18 = icmp slt i64 %17, 256
  %19 = select i1 %18, i64 %17, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %16, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, %19
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = getelementptr inbounds float, float* %10, i64 %22
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %23
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %6, i64 %21
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k86(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1088
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %73, %exit14 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 16
  %13 = sdiv i64 %i, 16
  %14 = mul i64 %12, 16
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %57, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %56, %body2 ]
  %16 = icmp slt i64 %i4, 16
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 %i4, 0
  %18 = add i64 %15, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  %23 = add i64 %15, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc5, %25
  %27 = add i64 %i4, 2
  %28 = add i64 %15, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc6, %30
  %32 = add i64 %i4, 3
  %33 = add i64 %15, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc7, %35
  %37 = add i64 %i4, 4
  %38 = add i64 %15, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc8, %40
  %42 = add i64 %i4, 5
  %43 = add i64 %15, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc9, %45
  %47 = add i64 %i4, 6
  %48 = add i64 %15, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc10, %50
  %52 = add i64 %i4, 7
  %53 = add i64 %15, %52
  %54 = getelementptr inbounds float, float* %6, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fadd float %acc11, %55
  %57 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %58 = fadd float %acc, %acc5
  %59 = fadd float %acc6, %acc7
  %60 = fadd float %acc8, %acc9
  %61 = fadd float %acc10, %acc11
  %62 = fadd float %58, %59
  %63 = fadd float %60, %61
  %64 = fadd float %62, %63
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %70, %body13 ]
  %acc16 = phi float [ %64, %exit3 ], [ %69, %body13 ]
  %65 = icmp slt i64 %i15, 16
  br i1 %65, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %66 = add i64 %15, %i15
  %67 = getelementptr inbounds float, float* %6, i64 %66
  %68 = load float, float* %67, align 4
  %69 = fadd float %acc16, %68
  %70 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %71 = fdiv float %acc16, 1.600000e+01
  %72 = getelementptr inbounds float, float* %10, i64 %i
  store float %71, float* %72, align 4
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k87(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1024
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 4096
  %13 = add i64 %12, 4096
  %14 = icmp slt i64 %13, 16
  %15 = select i1 %14, i64 %13, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %12, %body ], [ %23, %body2 ]
  %16 = icmp slt i64 %i4, %15
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 0, %i4
  %18 = add i64 0, %i4
  %19 = getelementptr inbounds float, float* %10, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fmul float %20, %20
  %22 = getelementptr inbounds float, float* %6, i64 %17
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k88(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 44
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 44
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1088
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 4096
  %16 = add i64 %15, 4096
  %17 = icmp slt i64 %16, 16
  %18 = select i1 %17, i64 %16, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %29, %body2 ]
  %19 = icmp slt i64 %i4, %18
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = add i64 0, %i4
  %23 = getelementptr inbounds float, float* %9, i64 %21
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %22
  %26 = load float, float* %25, align 4
  %27 = fmul float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k89(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = mul i64 %i, 16
  %19 = add i64 0, %18
  %20 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 %17, %i4
  %23 = add i64 %19, %i4
  %24 = getelementptr inbounds float, float* %11, i64 %23
  %25 = load float, float* %24, align 4
  %26 = getelementptr inbounds float, float* %14, i64 %20
  %27 = load float, float* %26, align 4
  %28 = fmul float %25, %27
  %29 = getelementptr inbounds float, float* %7, i64 %22
  store float %28, float* %29, align 4
  %30 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k90(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 6144
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fsub float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k91(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2048
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 16
  %18 = add i64 0, %17
  %19 = add i64 0, %i
  %20 = mul i64 %i, 16
  %21 = add i64 0, %20
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %31, %body2 ]
  %22 = icmp slt i64 %i4, 16
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = add i64 %18, %i4
  %24 = add i64 %21, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %19
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fmul float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %23
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k92(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 15360
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 44
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 15360
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 2048
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k93(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 44
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 15360
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 31
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 34
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit11, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit11 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 256
  %16 = add i64 %15, 256
  %17 = icmp slt i64 %16, 16
  %18 = select i1 %17, i64 %16, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %exit7 ]
  %19 = icmp slt i64 %i4, 50
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 16
  br label %loop5

exit3:                                            ; preds = %loop1
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ %15, %body2 ], [ %24, %body6 ]
  %21 = icmp slt i64 %i8, %18
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = add i64 %20, %i8
  %23 = getelementptr inbounds float, float* %13, i64 %22
  store float 0.000000e+00, float* %23, align 4
  %24 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %25 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %exit15, %exit3
  %i12 = phi i64 [ 0, %exit3 ], [ %43, %exit15 ]
  %26 = icmp slt i64 %i12, 16
  br i1 %26, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %27 = getelementptr inbounds i32, i32* %10, i64 %i12
  %28 = load i32, i32* %27, align 4
  %29 = sext i32 %28 to i64
  %30 = mul i64 %29, 16
  %31 = mul i64 %i12, 16
  br label %loop13

exit11:                                           ; preds = %loop9
  %32 = add i64 %i, 1
  br label %loop

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %15, %body10 ], [ %42, %body14 ]
  %33 = icmp slt i64 %i16, %18
  br i1 %33, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %34 = add i64 %30, %i16
  %35 = getelementptr inbounds float, float* %13, i64 %34
  %36 = load float, float* %35, align 4
  %37 = add i64 %31, %i16
  %38 = getelementptr inbounds float, float* %7, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fadd float %36, %39
  %41 = getelementptr inbounds float, float* %13, i64 %34
  store float %40, float* %41, align 4
  %42 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %43 = add i64 %i12, 1
  br label %loop9
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
