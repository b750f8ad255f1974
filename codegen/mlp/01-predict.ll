; ModuleID = 'mlp'
source_filename = "mlp"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_1(i8** %0) #0 {
entry:
  %1 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k1(i8* %1, i64 0, i64 8)
  %2 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k2(i8* %2, i64 0, i64 8)
  %3 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k3(i8* %3, i64 0, i64 1)
  %4 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k4(i8* %4, i64 0, i64 8)
  %5 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k5(i8* %5, i64 0, i64 8)
  %6 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k6(i8* %6, i64 0, i64 1)
  %7 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k7(i8* %7, i64 0, i64 1)
  %8 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k8(i8* %8, i64 0, i64 8)
  %9 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k9(i8* %9, i64 0, i64 8)
  %10 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k10(i8* %10, i64 0, i64 1)
  %11 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k11(i8* %11, i64 0, i64 1)
  %12 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k12(i8* %12, i64 0, i64 8)
  %13 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k13(i8* %13, i64 0, i64 8)
  %14 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k14(i8* %14, i64 0, i64 8)
  ret i32 0
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k1(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 25
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
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
define internal void @eptc_entry_1_k2(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
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
define internal void @eptc_entry_1_k3(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %73, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %72, %body2 ]
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
  %68 = fmul float 5.000000e-01, %19
  %69 = fadd float 1.000000e+00, %67
  %70 = fmul float %68, %69
  %71 = getelementptr inbounds float, float* %6, i64 %16
  store float %70, float* %71, align 4
  %72 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #2

; Function Attrs: nounwind
define internal void @eptc_entry_1_k4(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 4
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 32
  %23 = add i64 %22, %i4
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
  %33 = getelementptr inbounds float, float* %9, i64 %32
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
define internal void @eptc_entry_1_k5(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
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
define internal void @eptc_entry_1_k6(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
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
define internal void @eptc_entry_1_k7(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
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
  %27 = fadd float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k8(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 6
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 32
  %23 = add i64 %22, %i4
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
  %33 = getelementptr inbounds float, float* %9, i64 %32
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
define internal void @eptc_entry_1_k9(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
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
define internal void @eptc_entry_1_k10(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 28
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
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
define internal void @eptc_entry_1_k11(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
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
  %27 = fadd float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k12(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 28
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 2
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 28
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 4
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 32
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 4
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 4
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
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
define internal void @eptc_entry_1_k13(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 26
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1024
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 3
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 4
  %16 = add i64 0, %15
  %17 = mul i64 %i, 4
  %18 = add i64 0, %17
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %29, %body2 ]
  %19 = icmp slt i64 %i4, 4
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %16, %i4
  %21 = add i64 %18, %i4
  %22 = add i64 0, %i4
  %23 = getelementptr inbounds float, float* %10, i64 %21
  %24 = load float, float* %23, align 4
  %25 = getelementptr inbounds float, float* %13, i64 %22
  %26 = load float, float* %25, align 4
  %27 = fadd float %24, %26
  %28 = getelementptr inbounds float, float* %6, i64 %20
  store float %27, float* %28, align 4
  %29 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k14(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 26
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 27
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %71, %exit16 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %body ], [ %19, %body2 ]
  %12 = icmp slt i64 %i4, 4
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %11, %i4
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fcmp uno float %acc, %15
  %17 = fcmp ogt float %15, %acc
  %18 = select i1 %17, float %15, float %acc
  %19 = select i1 %16, float 0x7FF8000000000000, float %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %56, %body6 ]
  %21 = icmp slt i64 %i8, 4
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = add i64 %11, %i8
  %23 = getelementptr inbounds float, float* %6, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fsub float %24, %acc
  %26 = fcmp oge float %25, -1.100000e+02
  %27 = select i1 %26, float %25, float -1.100000e+02
  %28 = fcmp ole float %27, 1.000000e+02
  %29 = select i1 %28, float %27, float 1.000000e+02
  %30 = fmul float %29, 0x3FF7154760000000
  %31 = call float @llvm.rint.f32(float %30)
  %32 = call float @llvm.fmuladd.f32(float %31, float 0xBFE6300000000000, float %29)
  %33 = call float @llvm.fmuladd.f32(float %31, float 0x3F2BD01060000000, float %32)
  %34 = fmul float %33, %33
  %35 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %33, float 0x3F81239880000000)
  %36 = call float @llvm.fmuladd.f32(float %35, float %33, float 0x3FA5558AE0000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %33, float 0x3FC5554920000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %33, float 0x3FDFFFFFC0000000)
  %39 = call float @llvm.fmuladd.f32(float %34, float %38, float %33)
  %40 = fadd float %39, 1.000000e+00
  %41 = fptosi float %31 to i32
  %42 = ashr i32 %41, 1
  %43 = sub i32 %41, %42
  %44 = add i32 %42, 127
  %45 = shl i32 %44, 23
  %46 = bitcast i32 %45 to float
  %47 = fmul float %40, %46
  %48 = add i32 %43, 127
  %49 = shl i32 %48, 23
  %50 = bitcast i32 %49 to float
  %51 = fmul float %47, %50
  %52 = fcmp uno float %25, %25
  %53 = select i1 %52, float %25, float %51
  %54 = add i64 %11, %i8
  %55 = getelementptr inbounds float, float* %9, i64 %54
  store float %53, float* %55, align 4
  %56 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %62, %body10 ]
  %acc13 = phi float [ 0.000000e+00, %exit7 ], [ %61, %body10 ]
  %57 = icmp slt i64 %i12, 4
  br i1 %57, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %58 = add i64 %11, %i12
  %59 = getelementptr inbounds float, float* %9, i64 %58
  %60 = load float, float* %59, align 4
  %61 = fadd float %acc13, %60
  %62 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %70, %body15 ]
  %63 = icmp slt i64 %i17, 4
  br i1 %63, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %64 = add i64 %11, %i17
  %65 = getelementptr inbounds float, float* %9, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fdiv float %66, %acc13
  %68 = add i64 %11, %i17
  %69 = getelementptr inbounds float, float* %9, i64 %68
  store float %67, float* %69, align 4
  %70 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %71 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind }
attributes #1 = { argmemonly nofree nounwind willreturn writeonly }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
