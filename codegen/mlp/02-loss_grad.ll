; ModuleID = 'mlp'
source_filename = "mlp"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_2(i8** %0) #0 {
entry:
  %1 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k1(i8* %1, i64 0, i64 8)
  %2 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k2(i8* %2, i64 0, i64 8)
  %3 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k3(i8* %3, i64 0, i64 1)
  %4 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k4(i8* %4, i64 0, i64 8)
  %5 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k5(i8* %5, i64 0, i64 8)
  %6 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k6(i8* %6, i64 0, i64 1)
  %7 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k7(i8* %7, i64 0, i64 1)
  %8 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k8(i8* %8, i64 0, i64 8)
  %9 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k9(i8* %9, i64 0, i64 8)
  %10 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k10(i8* %10, i64 0, i64 1)
  %11 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k11(i8* %11, i64 0, i64 1)
  %12 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k12(i8* %12, i64 0, i64 8)
  %13 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k13(i8* %13, i64 0, i64 8)
  %14 = getelementptr inbounds i8*, i8** %0, i64 26
  %15 = load i8*, i8** %14, align 8
  %16 = bitcast i8* %15 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i32 24

valid:                                            ; preds = %exit
  %17 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k14(i8* %17, i64 0, i64 8)
  %18 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k15(i8* %18, i64 0, i64 1)
  %19 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k16(i8* %19, i64 0, i64 1)
  %20 = getelementptr inbounds i8*, i8** %0, i64 26
  %21 = load i8*, i8** %20, align 8
  %22 = bitcast i8* %21 to i32*
  br label %loop3

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %32, %checked ]
  %23 = icmp slt i64 %i, 8
  br i1 %23, label %body, label %exit

body:                                             ; preds = %loop
  %24 = getelementptr inbounds i32, i32* %16, i64 %i
  %25 = load i32, i32* %24, align 4
  %26 = icmp slt i32 %25, 0
  %27 = icmp sge i32 %25, 4
  %28 = or i1 %26, %27
  %29 = icmp eq i32 %25, -100
  %30 = xor i1 %29, true
  %31 = and i1 %28, %30
  br i1 %31, label %invalid, label %checked

exit:                                             ; preds = %loop
  br label %valid

checked:                                          ; preds = %body
  %32 = add i64 %i, 1
  br label %loop

invalid1:                                         ; preds = %body4
  ret i32 26

valid2:                                           ; preds = %exit5
  %33 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k17(i8* %33, i64 0, i64 1)
  %34 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k18(i8* %34, i64 0, i64 8)
  %35 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k19(i8* %35, i64 0, i64 4)
  %36 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k20(i8* %36, i64 0, i64 8)
  %37 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k21(i8* %37, i64 0, i64 32)
  %38 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k22(i8* %38, i64 0, i64 1)
  %39 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k23(i8* %39, i64 0, i64 1)
  %40 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k24(i8* %40, i64 0, i64 32)
  %41 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k25(i8* %41, i64 0, i64 8)
  %42 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k26(i8* %42, i64 0, i64 32)
  %43 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k27(i8* %43, i64 0, i64 1)
  %44 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k28(i8* %44, i64 0, i64 1)
  %45 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k29(i8* %45, i64 0, i64 1)
  %46 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k30(i8* %46, i64 0, i64 32)
  %47 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k31(i8* %47, i64 0, i64 8)
  %48 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k32(i8* %48, i64 0, i64 32)
  %49 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k33(i8* %49, i64 0, i64 1)
  %50 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k34(i8* %50, i64 0, i64 1)
  %51 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k35(i8* %51, i64 0, i64 1)
  %52 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k36(i8* %52, i64 0, i64 32)
  %53 = bitcast i8** %0 to i8*
  call void @eptc_entry_2_k37(i8* %53, i64 0, i64 16)
  ret i32 0

loop3:                                            ; preds = %checked7, %valid
  %i6 = phi i64 [ 0, %valid ], [ %63, %checked7 ]
  %54 = icmp slt i64 %i6, 8
  br i1 %54, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %55 = getelementptr inbounds i32, i32* %22, i64 %i6
  %56 = load i32, i32* %55, align 4
  %57 = icmp slt i32 %56, 0
  %58 = icmp sge i32 %56, 4
  %59 = or i1 %57, %58
  %60 = icmp eq i32 %56, -100
  %61 = xor i1 %60, true
  %62 = and i1 %59, %61
  br i1 %62, label %invalid1, label %checked7

exit5:                                            ; preds = %loop3
  br label %valid2

checked7:                                         ; preds = %body4
  %63 = add i64 %i6, 1
  br label %loop3
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k1(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 25
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 36
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
define internal void @eptc_entry_2_k2(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 32
  %15 = add i64 0, %14
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k3(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %74, %exit3 ]
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
  %i4 = phi i64 [ %12, %body ], [ %73, %body2 ]
  %16 = icmp slt i64 %i4, %15
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 0, %i4
  %18 = add i64 0, %i4
  %19 = getelementptr inbounds float, float* %10, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fmul float 0x3FA6E4E260000000, %20
  %22 = fmul float %21, %20
  %23 = fmul float %22, %20
  %24 = fadd float %20, %23
  %25 = fmul float 0x3FE9884540000000, %24
  %26 = call float @llvm.fabs.f32(float %25)
  %27 = fmul float %25, %25
  %28 = fmul float %26, %27
  %29 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %27, float 0x3F951F8CE0000000)
  %30 = call float @llvm.fmuladd.f32(float %29, float %27, float 0xBFAB835A40000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %27, float 0x3FC1106F60000000)
  %32 = call float @llvm.fmuladd.f32(float %31, float %27, float 0xBFD5555320000000)
  %33 = call float @llvm.fmuladd.f32(float %28, float %32, float %26)
  %34 = fmul float %26, -2.000000e+00
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
  %63 = fsub float 1.000000e+00, %62
  %64 = fadd float 1.000000e+00, %62
  %65 = fdiv float %63, %64
  %66 = fcmp olt float %26, 6.250000e-01
  %67 = select i1 %66, float %33, float %65
  %68 = call float @llvm.copysign.f32(float %67, float %25)
  %69 = fmul float 5.000000e-01, %20
  %70 = fadd float 1.000000e+00, %68
  %71 = fmul float %69, %70
  %72 = getelementptr inbounds float, float* %7, i64 %17
  store float %71, float* %72, align 4
  %73 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %74 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #2

; Function Attrs: nounwind
define internal void @eptc_entry_2_k4(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 4
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 2048
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
  %19 = mul i64 %i, 32
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 128, i1 false)
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
define internal void @eptc_entry_2_k5(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 5
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  %18 = mul i64 %i, 32
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
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
define internal void @eptc_entry_2_k6(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %75, %exit3 ]
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
  %i4 = phi i64 [ %13, %body ], [ %74, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @llvm.fabs.f32(float %26)
  %28 = fmul float %26, %26
  %29 = fmul float %27, %28
  %30 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %28, float 0x3F951F8CE0000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %28, float 0xBFAB835A40000000)
  %32 = call float @llvm.fmuladd.f32(float %31, float %28, float 0x3FC1106F60000000)
  %33 = call float @llvm.fmuladd.f32(float %32, float %28, float 0xBFD5555320000000)
  %34 = call float @llvm.fmuladd.f32(float %29, float %33, float %27)
  %35 = fmul float %27, -2.000000e+00
  %36 = fcmp oge float %35, -1.100000e+02
  %37 = select i1 %36, float %35, float -1.100000e+02
  %38 = fcmp ole float %37, 1.000000e+02
  %39 = select i1 %38, float %37, float 1.000000e+02
  %40 = fmul float %39, 0x3FF7154760000000
  %41 = call float @llvm.rint.f32(float %40)
  %42 = call float @llvm.fmuladd.f32(float %41, float 0xBFE6300000000000, float %39)
  %43 = call float @llvm.fmuladd.f32(float %41, float 0x3F2BD01060000000, float %42)
  %44 = fmul float %43, %43
  %45 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %43, float 0x3F81239880000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %43, float 0x3FA5558AE0000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %43, float 0x3FC5554920000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %43, float 0x3FDFFFFFC0000000)
  %49 = call float @llvm.fmuladd.f32(float %44, float %48, float %43)
  %50 = fadd float %49, 1.000000e+00
  %51 = fptosi float %41 to i32
  %52 = ashr i32 %51, 1
  %53 = sub i32 %51, %52
  %54 = add i32 %52, 127
  %55 = shl i32 %54, 23
  %56 = bitcast i32 %55 to float
  %57 = fmul float %50, %56
  %58 = add i32 %53, 127
  %59 = shl i32 %58, 23
  %60 = bitcast i32 %59 to float
  %61 = fmul float %57, %60
  %62 = fcmp uno float %35, %35
  %63 = select i1 %62, float %35, float %61
  %64 = fsub float 1.000000e+00, %63
  %65 = fadd float 1.000000e+00, %63
  %66 = fdiv float %64, %65
  %67 = fcmp olt float %27, 6.250000e-01
  %68 = select i1 %67, float %34, float %66
  %69 = call float @llvm.copysign.f32(float %68, float %26)
  %70 = fmul float 5.000000e-01, %21
  %71 = fadd float 1.000000e+00, %69
  %72 = fmul float %70, %71
  %73 = getelementptr inbounds float, float* %7, i64 %18
  store float %72, float* %73, align 4
  %74 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %75 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k7(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 3072
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
define internal void @eptc_entry_2_k8(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 6
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
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
  %19 = mul i64 %i, 32
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 128, i1 false)
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
define internal void @eptc_entry_2_k9(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 7
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  %18 = mul i64 %i, 32
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
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
define internal void @eptc_entry_2_k10(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %75, %exit3 ]
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
  %i4 = phi i64 [ %13, %body ], [ %74, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @llvm.fabs.f32(float %26)
  %28 = fmul float %26, %26
  %29 = fmul float %27, %28
  %30 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %28, float 0x3F951F8CE0000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %28, float 0xBFAB835A40000000)
  %32 = call float @llvm.fmuladd.f32(float %31, float %28, float 0x3FC1106F60000000)
  %33 = call float @llvm.fmuladd.f32(float %32, float %28, float 0xBFD5555320000000)
  %34 = call float @llvm.fmuladd.f32(float %29, float %33, float %27)
  %35 = fmul float %27, -2.000000e+00
  %36 = fcmp oge float %35, -1.100000e+02
  %37 = select i1 %36, float %35, float -1.100000e+02
  %38 = fcmp ole float %37, 1.000000e+02
  %39 = select i1 %38, float %37, float 1.000000e+02
  %40 = fmul float %39, 0x3FF7154760000000
  %41 = call float @llvm.rint.f32(float %40)
  %42 = call float @llvm.fmuladd.f32(float %41, float 0xBFE6300000000000, float %39)
  %43 = call float @llvm.fmuladd.f32(float %41, float 0x3F2BD01060000000, float %42)
  %44 = fmul float %43, %43
  %45 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %43, float 0x3F81239880000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %43, float 0x3FA5558AE0000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %43, float 0x3FC5554920000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %43, float 0x3FDFFFFFC0000000)
  %49 = call float @llvm.fmuladd.f32(float %44, float %48, float %43)
  %50 = fadd float %49, 1.000000e+00
  %51 = fptosi float %41 to i32
  %52 = ashr i32 %51, 1
  %53 = sub i32 %51, %52
  %54 = add i32 %52, 127
  %55 = shl i32 %54, 23
  %56 = bitcast i32 %55 to float
  %57 = fmul float %50, %56
  %58 = add i32 %53, 127
  %59 = shl i32 %58, 23
  %60 = bitcast i32 %59 to float
  %61 = fmul float %57, %60
  %62 = fcmp uno float %35, %35
  %63 = select i1 %62, float %35, float %61
  %64 = fsub float 1.000000e+00, %63
  %65 = fadd float 1.000000e+00, %63
  %66 = fdiv float %64, %65
  %67 = fcmp olt float %27, 6.250000e-01
  %68 = select i1 %67, float %34, float %66
  %69 = call float @llvm.copysign.f32(float %68, float %26)
  %70 = fmul float 5.000000e-01, %21
  %71 = fadd float 1.000000e+00, %69
  %72 = fmul float %70, %71
  %73 = getelementptr inbounds float, float* %7, i64 %18
  store float %72, float* %73, align 4
  %74 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %75 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k11(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 3072
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 5120
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
define internal void @eptc_entry_2_k12(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6144
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
  %19 = mul i64 %i, 4
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 16, i1 false)
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
  %28 = mul i64 %i4, 4
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 4
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
define internal void @eptc_entry_2_k13(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 3
  %13 = load i8*, i8** %12, align 8
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 4
  %17 = add i64 0, %16
  %18 = mul i64 %i, 4
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %20 = icmp slt i64 %i4, 4
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %17, %i4
  %22 = add i64 %19, %i4
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
define internal void @eptc_entry_2_k14(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 26
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6272
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
  %19 = mul i64 %i, 4
  br label %loop1

join:                                             ; preds = %exit7, %body
  %20 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %29, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %28, %body2 ]
  %21 = icmp slt i64 %i4, 4
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
  %30 = icmp slt i64 %i8, 4
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
define internal void @eptc_entry_2_k15(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 26
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6272
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 27
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
  %15 = icmp slt i64 %i4, 8
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
define internal void @eptc_entry_2_k16(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6272
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
define internal void @eptc_entry_2_k17(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 26
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6272
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6336
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
  %16 = icmp slt i64 %i4, 8
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
define internal void @eptc_entry_2_k18(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 26
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to i32*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6336
  %14 = bitcast i8* %13 to float*
  %15 = getelementptr inbounds i8*, i8** %3, i64 36
  %16 = load i8*, i8** %15, align 8
  %17 = getelementptr inbounds i8, i8* %16, i64 7168
  %18 = bitcast i8* %17 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %join2 ]
  %19 = icmp slt i64 %i, %2
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  %20 = mul i64 %i, 4
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
  call void @llvm.memset.p0i8.i64(i8* %28, i8 0, i64 16, i1 false)
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
  %30 = icmp slt i64 %i6, 4
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
  %39 = icmp slt i64 %i10, 4
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
  %110 = icmp slt i64 %i15, 4
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
define internal void @eptc_entry_2_k19(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 31
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 4
  %13 = sdiv i64 %i, 4
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 4
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
define internal void @eptc_entry_2_k20(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 7168
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 6144
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 32
  %19 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %38, %exit7 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 4
  %22 = add i64 0, %21
  br label %loop5

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %34, %body6 ]
  %24 = icmp slt i64 %i8, 4
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = mul i64 %17, 4
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
define internal void @eptc_entry_2_k21(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 5120
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 7168
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 30
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
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 4
  %20 = getelementptr inbounds float, float* %14, i64 %19
  %21 = bitcast float* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* %21, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %41, %exit7 ]
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 32
  %24 = add i64 %23, %17
  %25 = add i64 %18, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = mul i64 %i4, 4
  %29 = add i64 0, %28
  br label %loop5

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %40, %body6 ]
  %31 = icmp slt i64 %i8, 4
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
define internal void @eptc_entry_2_k22(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %84, %exit3 ]
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
  %i4 = phi i64 [ %13, %body ], [ %83, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @llvm.fabs.f32(float %26)
  %28 = fmul float %26, %26
  %29 = fmul float %27, %28
  %30 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %28, float 0x3F951F8CE0000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %28, float 0xBFAB835A40000000)
  %32 = call float @llvm.fmuladd.f32(float %31, float %28, float 0x3FC1106F60000000)
  %33 = call float @llvm.fmuladd.f32(float %32, float %28, float 0xBFD5555320000000)
  %34 = call float @llvm.fmuladd.f32(float %29, float %33, float %27)
  %35 = fmul float %27, -2.000000e+00
  %36 = fcmp oge float %35, -1.100000e+02
  %37 = select i1 %36, float %35, float -1.100000e+02
  %38 = fcmp ole float %37, 1.000000e+02
  %39 = select i1 %38, float %37, float 1.000000e+02
  %40 = fmul float %39, 0x3FF7154760000000
  %41 = call float @llvm.rint.f32(float %40)
  %42 = call float @llvm.fmuladd.f32(float %41, float 0xBFE6300000000000, float %39)
  %43 = call float @llvm.fmuladd.f32(float %41, float 0x3F2BD01060000000, float %42)
  %44 = fmul float %43, %43
  %45 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %43, float 0x3F81239880000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %43, float 0x3FA5558AE0000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %43, float 0x3FC5554920000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %43, float 0x3FDFFFFFC0000000)
  %49 = call float @llvm.fmuladd.f32(float %44, float %48, float %43)
  %50 = fadd float %49, 1.000000e+00
  %51 = fptosi float %41 to i32
  %52 = ashr i32 %51, 1
  %53 = sub i32 %51, %52
  %54 = add i32 %52, 127
  %55 = shl i32 %54, 23
  %56 = bitcast i32 %55 to float
  %57 = fmul float %50, %56
  %58 = add i32 %53, 127
  %59 = shl i32 %58, 23
  %60 = bitcast i32 %59 to float
  %61 = fmul float %57, %60
  %62 = fcmp uno float %35, %35
  %63 = select i1 %62, float %35, float %61
  %64 = fsub float 1.000000e+00, %63
  %65 = fadd float 1.000000e+00, %63
  %66 = fdiv float %64, %65
  %67 = fcmp olt float %27, 6.250000e-01
  %68 = select i1 %67, float %34, float %66
  %69 = call float @llvm.copysign.f32(float %68, float %26)
  %70 = fadd float 1.000000e+00, %69
  %71 = fmul float 5.000000e-01, %70
  %72 = fmul float %69, %69
  %73 = fsub float 1.000000e+00, %72
  %74 = fmul float 0x3FC12BA9C0000000, %21
  %75 = fmul float %74, %21
  %76 = fadd float 1.000000e+00, %75
  %77 = fmul float 5.000000e-01, %21
  %78 = fmul float %77, %73
  %79 = fmul float %78, 0x3FE9884540000000
  %80 = fmul float %79, %76
  %81 = fadd float %71, %80
  %82 = getelementptr inbounds float, float* %7, i64 %18
  store float %81, float* %82, align 4
  %83 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %84 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k23(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
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
define internal void @eptc_entry_2_k24(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 35
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 32
  %13 = sdiv i64 %i, 32
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 32
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
define internal void @eptc_entry_2_k25(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 6
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 5120
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %135, %exit18 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
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
  %24 = icmp slt i64 %i8, 32
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = add i64 %i8, 0
  %26 = mul i64 %17, 32
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
  %37 = mul i64 %17, 32
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
  %48 = mul i64 %17, 32
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
  %59 = mul i64 %17, 32
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
  %70 = mul i64 %17, 32
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
  %81 = mul i64 %17, 32
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
  %92 = mul i64 %17, 32
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
  %103 = mul i64 %17, 32
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
  %i19 = phi i64 [ 32, %exit7 ], [ %132, %body17 ]
  %acc20 = phi float [ %120, %exit7 ], [ %131, %body17 ]
  %121 = icmp slt i64 %i19, 32
  br i1 %121, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %122 = mul i64 %17, 32
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
define internal void @eptc_entry_2_k26(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 34
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
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 32
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
define internal void @eptc_entry_2_k27(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 5120
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
define internal void @eptc_entry_2_k28(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %84, %exit3 ]
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
  %i4 = phi i64 [ %13, %body ], [ %83, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float 0x3FA6E4E260000000, %21
  %23 = fmul float %22, %21
  %24 = fmul float %23, %21
  %25 = fadd float %21, %24
  %26 = fmul float 0x3FE9884540000000, %25
  %27 = call float @llvm.fabs.f32(float %26)
  %28 = fmul float %26, %26
  %29 = fmul float %27, %28
  %30 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %28, float 0x3F951F8CE0000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %28, float 0xBFAB835A40000000)
  %32 = call float @llvm.fmuladd.f32(float %31, float %28, float 0x3FC1106F60000000)
  %33 = call float @llvm.fmuladd.f32(float %32, float %28, float 0xBFD5555320000000)
  %34 = call float @llvm.fmuladd.f32(float %29, float %33, float %27)
  %35 = fmul float %27, -2.000000e+00
  %36 = fcmp oge float %35, -1.100000e+02
  %37 = select i1 %36, float %35, float -1.100000e+02
  %38 = fcmp ole float %37, 1.000000e+02
  %39 = select i1 %38, float %37, float 1.000000e+02
  %40 = fmul float %39, 0x3FF7154760000000
  %41 = call float @llvm.rint.f32(float %40)
  %42 = call float @llvm.fmuladd.f32(float %41, float 0xBFE6300000000000, float %39)
  %43 = call float @llvm.fmuladd.f32(float %41, float 0x3F2BD01060000000, float %42)
  %44 = fmul float %43, %43
  %45 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %43, float 0x3F81239880000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %43, float 0x3FA5558AE0000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %43, float 0x3FC5554920000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %43, float 0x3FDFFFFFC0000000)
  %49 = call float @llvm.fmuladd.f32(float %44, float %48, float %43)
  %50 = fadd float %49, 1.000000e+00
  %51 = fptosi float %41 to i32
  %52 = ashr i32 %51, 1
  %53 = sub i32 %51, %52
  %54 = add i32 %52, 127
  %55 = shl i32 %54, 23
  %56 = bitcast i32 %55 to float
  %57 = fmul float %50, %56
  %58 = add i32 %53, 127
  %59 = shl i32 %58, 23
  %60 = bitcast i32 %59 to float
  %61 = fmul float %57, %60
  %62 = fcmp uno float %35, %35
  %63 = select i1 %62, float %35, float %61
  %64 = fsub float 1.000000e+00, %63
  %65 = fadd float 1.000000e+00, %63
  %66 = fdiv float %64, %65
  %67 = fcmp olt float %27, 6.250000e-01
  %68 = select i1 %67, float %34, float %66
  %69 = call float @llvm.copysign.f32(float %68, float %26)
  %70 = fadd float 1.000000e+00, %69
  %71 = fmul float 5.000000e-01, %70
  %72 = fmul float %69, %69
  %73 = fsub float 1.000000e+00, %72
  %74 = fmul float 0x3FC12BA9C0000000, %21
  %75 = fmul float %74, %21
  %76 = fadd float 1.000000e+00, %75
  %77 = fmul float 5.000000e-01, %21
  %78 = fmul float %77, %73
  %79 = fmul float %78, 0x3FE9884540000000
  %80 = fmul float %79, %76
  %81 = fadd float %71, %80
  %82 = getelementptr inbounds float, float* %7, i64 %18
  store float %81, float* %82, align 4
  %83 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %84 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k29(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
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
define internal void @eptc_entry_2_k30(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 32
  %13 = sdiv i64 %i, 32
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 32
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
define internal void @eptc_entry_2_k31(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 4
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 36
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 3072
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 256
  %19 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %135, %exit18 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
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
  %24 = icmp slt i64 %i8, 32
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = add i64 %i8, 0
  %26 = mul i64 %17, 32
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
  %37 = mul i64 %17, 32
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
  %48 = mul i64 %17, 32
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
  %59 = mul i64 %17, 32
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
  %70 = mul i64 %17, 32
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
  %81 = mul i64 %17, 32
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
  %92 = mul i64 %17, 32
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
  %103 = mul i64 %17, 32
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
  %i19 = phi i64 [ 32, %exit7 ], [ %132, %body17 ]
  %acc20 = phi float [ %120, %exit7 ], [ %131, %body17 ]
  %121 = icmp slt i64 %i19, 32
  br i1 %121, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %122 = mul i64 %17, 32
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
define internal void @eptc_entry_2_k32(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 32
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
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 32
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
define internal void @eptc_entry_2_k33(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 3072
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
define internal void @eptc_entry_2_k34(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %82, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %81, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float 0x3FA6E4E260000000, %19
  %21 = fmul float %20, %19
  %22 = fmul float %21, %19
  %23 = fadd float %19, %22
  %24 = fmul float 0x3FE9884540000000, %23
  %25 = call float @llvm.fabs.f32(float %24)
  %26 = fmul float %24, %24
  %27 = fmul float %25, %26
  %28 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %26, float 0x3F951F8CE0000000)
  %29 = call float @llvm.fmuladd.f32(float %28, float %26, float 0xBFAB835A40000000)
  %30 = call float @llvm.fmuladd.f32(float %29, float %26, float 0x3FC1106F60000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %26, float 0xBFD5555320000000)
  %32 = call float @llvm.fmuladd.f32(float %27, float %31, float %25)
  %33 = fmul float %25, -2.000000e+00
  %34 = fcmp oge float %33, -1.100000e+02
  %35 = select i1 %34, float %33, float -1.100000e+02
  %36 = fcmp ole float %35, 1.000000e+02
  %37 = select i1 %36, float %35, float 1.000000e+02
  %38 = fmul float %37, 0x3FF7154760000000
  %39 = call float @llvm.rint.f32(float %38)
  %40 = call float @llvm.fmuladd.f32(float %39, float 0xBFE6300000000000, float %37)
  %41 = call float @llvm.fmuladd.f32(float %39, float 0x3F2BD01060000000, float %40)
  %42 = fmul float %41, %41
  %43 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %41, float 0x3F81239880000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0x3FA5558AE0000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC5554920000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0x3FDFFFFFC0000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %41)
  %48 = fadd float %47, 1.000000e+00
  %49 = fptosi float %39 to i32
  %50 = ashr i32 %49, 1
  %51 = sub i32 %49, %50
  %52 = add i32 %50, 127
  %53 = shl i32 %52, 23
  %54 = bitcast i32 %53 to float
  %55 = fmul float %48, %54
  %56 = add i32 %51, 127
  %57 = shl i32 %56, 23
  %58 = bitcast i32 %57 to float
  %59 = fmul float %55, %58
  %60 = fcmp uno float %33, %33
  %61 = select i1 %60, float %33, float %59
  %62 = fsub float 1.000000e+00, %61
  %63 = fadd float 1.000000e+00, %61
  %64 = fdiv float %62, %63
  %65 = fcmp olt float %25, 6.250000e-01
  %66 = select i1 %65, float %32, float %64
  %67 = call float @llvm.copysign.f32(float %66, float %24)
  %68 = fadd float 1.000000e+00, %67
  %69 = fmul float 5.000000e-01, %68
  %70 = fmul float %67, %67
  %71 = fsub float 1.000000e+00, %70
  %72 = fmul float 0x3FC12BA9C0000000, %19
  %73 = fmul float %72, %19
  %74 = fadd float 1.000000e+00, %73
  %75 = fmul float 5.000000e-01, %19
  %76 = fmul float %75, %71
  %77 = fmul float %76, 0x3FE9884540000000
  %78 = fmul float %77, %74
  %79 = fadd float %69, %78
  %80 = getelementptr inbounds float, float* %6, i64 %16
  store float %79, float* %80, align 4
  %81 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %82 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_2_k35(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 36
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 6144
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 36
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
define internal void @eptc_entry_2_k36(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 36
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 6144
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 29
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 32
  %13 = sdiv i64 %i, 32
  %14 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %21, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 32
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
define internal void @eptc_entry_2_k37(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 25
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 36
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 6144
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 28
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 16
  %16 = srem i64 %i, 16
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
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 16
  %23 = add i64 %22, %16
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
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

attributes #0 = { nounwind }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
